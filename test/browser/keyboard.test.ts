import { expect, inject, test } from 'vitest';
import { noErrors, openPage, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

test('First watch played with the keyboard alone', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=24`);
  const k = page.keyboard;
  await k.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
    'Open briefing: First watch',
  );
  await k.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Start');
  await k.press('Enter');
  await page.getByLabel('Clock').waitFor();

  await k.press('?');
  await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard' }).isVisible()).toBe(true);
  const key = page.getByRole('list', { name: 'Map key' }).getByRole('listitem');
  await expect.poll(() => key.count()).toBe(10);
  await expect(key.first().textContent()).resolves.toBe('Not yet classified');
  await expect(key.locator('svg polygon').count()).resolves.toBe(6);
  await k.press('Escape');
  await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard' }).count()).toBe(0);

  await k.press('f');
  await k.press('f');
  await expect.poll(() => page.getByRole('button', { name: 'North', pressed: true }).count()).toBe(1);
  await page.getByRole('button', { name: /^Acknowledge message/ }).waitFor();
  await k.press('a');
  await expect.poll(() => page.getByText(/^Acknowledged /).count()).toBe(1);

  await waitForTime(page, '06:00', 185);
  await k.press(' ');
  await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  await k.press('i');
  await expect.poll(() => page.locator('.readout').textContent()).toContain('something here');
  await k.press('m');
  await expect.poll(() => page.getByRole('button', { name: /^Track T1/, pressed: true }).count()).toBe(1);
  await k.press('c');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('classify-select');
  await k.press('s');
  await k.press('Tab');
  await k.press('Enter');
  await expect.poll(() => page.getByRole('button', { name: /^Track T1: Suspicious drone/ }).count()).toBe(1);
  await k.press('r');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('rf-count');
  await k.press('Enter');
  await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/^Report on T1: Delivered/);
  await expect.poll(() => page.getByRole('form', { name: /^Report T1/ }).count()).toBe(0);
  await k.press('t');
  await expect.poll(() => page.getByRole('button', { name: 'Take cover', pressed: true }).count()).toBe(1);
  await k.press('4');
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor({ timeout: 60_000 });
  await expect(page.getByLabel('Overall score').textContent()).resolves.toMatch(/^\d+(\.\d)?$/);
  noErrors(errors);
});
