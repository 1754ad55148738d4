import { execFileSync } from 'node:child_process';
import { expect, inject, test } from 'vitest';
import { noErrors, openPage, useBrowser } from './helpers';

const browser = useBrowser();

/** What `npm run validate` prints for a fixture in test/fixtures/browser (it exits 1 on these). */
function cliLines(name: string): string[] {
  try {
    execFileSync('npx', ['tsx', '../../../src/cli/validate.ts', '--lang', 'en', name], {
      cwd: 'test/fixtures/browser',
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    return (e as { stdout: string }).stdout.trim().split('\n');
  }
  return [];
}

test('a broken scenario file shows the same problems as the CLI, and the app goes on working', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByLabel('Open scenario file…').setInputFiles('test/fixtures/browser/broken.json');
  const shown = await page.getByRole('alert').getByRole('listitem').allTextContents();
  expect(shown).toEqual(cliLines('broken.json'));
  expect(shown.length).toBe(5);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'First watch' }).isVisible()).toBe(true);
  noErrors(errors);
});

test('a syntax error shows as the CLI prints it: line and column, no pointer', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByLabel('Open scenario file…').setInputFiles('test/fixtures/browser/syntax.json');
  const shown = await page.getByRole('alert').getByRole('listitem').allTextContents();
  expect(shown).toEqual([
    'syntax.json:4:3 expected "," between items (found "title")',
    'syntax.json:7:3 expected "," between items (found "post")',
  ]);
  expect(shown).toEqual(cliLines('syntax.json'));
  noErrors(errors);
});

test('HTML and script tags in a scenario are shown as text and never run', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=8`);
  await page.getByLabel('Open scenario file…').setInputFiles('test/fixtures/browser/html-injection.json');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Title <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
  await expect.poll(() => page.getByText('Mission <a href=').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/^Message <img src=x/).isVisible({ timeout: 5000 })).resolves.toBe(false);
  await page.getByText(/^Message <img src=x/).waitFor({ timeout: 20_000 });
  const probe = page.getByRole('dialog', { name: /^Probe <img/ });
  await probe.waitFor({ timeout: 30_000 });
  await expect(probe.getByLabel('<b>one</b>').count()).resolves.toBe(1);
  await expect.poll(() => page.locator('#app img, #app script, #app b, #app a[href]:not(.skip-link)').count()).toBe(0);
  await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  noErrors(errors);
});

test('a reload mid-run offers to resume the same run at the same moment', { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=16`);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Acknowledge message/ }).click();
  await page.getByRole('group', { name: 'Team posture' }).getByRole('button', { name: 'Alert' }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const clock = await page.getByLabel('Clock').textContent();
  await page.reload();
  await expect.poll(() => page.getByRole('heading', { name: 'Unfinished run' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Resume run' }).click();
  await expect(page.getByLabel('Clock').textContent()).resolves.toBe(clock);
  await expect.poll(() => page.getByText(/^Acknowledged /).count()).toBe(1);
  await expect.poll(() => page.getByRole('button', { name: 'Alert', pressed: true }).count()).toBe(1);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => page.getByLabel('Clock').textContent()).not.toBe(clock);
  noErrors(errors);
});

test('a corrupt or foreign saved run gets a clear message and is set aside, not deleted; every URL problem is shown', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.evaluate(() => localStorage.setItem('skywatch.run', '{"version":1,'));
  await page.reload();
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain(
      'The saved run could not be resumed: it is not valid JSON. It was kept in this browser\'s storage under "skywatch.run.aside.1".',
    );
  const foreign = {
    version: 1,
    tMs: 1000,
    source: { kind: 'builtin', id: 'first-watch' },
    record: { scenario: 'first-watch', scenarioHash: 'not-this-one', seed: 7, actions: [] },
  };
  await page.evaluate((text) => localStorage.setItem('skywatch.run', text), JSON.stringify(foreign));
  await page.reload();
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain('a different version of "First watch"');
  const kept = await page.evaluate(() => [
    localStorage.getItem('skywatch.run.aside.1'),
    localStorage.getItem('skywatch.run'),
  ]);
  expect(kept).toEqual(['{"version":1,', null]);
  await page.goto(`${inject('appUrl')}?speed=lots&facilitator=maybe`);
  const items = page.getByRole('status').first().getByRole('listitem');
  await expect.poll(() => items.count()).toBe(2);
  await expect(items.nth(0).textContent()).resolves.toContain('speed=lots was ignored');
  await expect(items.nth(1).textContent()).resolves.toContain('facilitator=maybe was ignored');
  noErrors(errors);
});
