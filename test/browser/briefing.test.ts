/** The briefing shows each objective as the trainee should read it ("brief"), never the instructor's answer. */
import { expect, inject, test } from 'vitest';
import { noErrors, openPage, SIZES, useBrowser } from './helpers';

const browser = useBrowser();

test('the briefing lists objectives by their brief, and the instructor text stays out', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}`, SIZES[0]);
  await page.getByRole('button', { name: 'Open briefing: Birds or a drone?' }).click();
  const objectives = page.getByRole('listitem').filter({ hasText: /^classify: / });
  await expect.poll(() => objectives.textContent()).toContain('Classify every flying contact once its type shows');
  const all = await page.locator('body').textContent();
  expect(all).not.toContain('as a suspicious drone');
  expect(all).toContain('Mark each flying contact within a minute');
  noErrors(errors);
});
