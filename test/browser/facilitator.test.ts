import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { noErrors, openPage, SIZES, shot, useBrowser, waitForTime } from './helpers';

const FIXTURE = 'test/fixtures/browser/facilitator.json';
const START = '09:00';
/** Ground truth and facilitator-only texts of the fixture: none may reach the trainee's DOM. */
const SECRETS = [
  'fx-quad-zulu',
  'Zulu striped quadcopter',
  'Zulu-instructor-note',
  'Zulu-expected',
  'Zulu-controller',
  'fx-status-check',
  'fx-welcome',
];

const browser = useBrowser();

async function startFixture(page: Page): Promise<void> {
  await page.getByLabel('Open scenario file…').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#map canvas').waitFor();
}

async function leaks(page: Page): Promise<string[]> {
  const html = await page.content();
  return SECRETS.filter((s) => html.includes(s));
}

test('facilitator view shows the truth and fires an optional inject that the run replays', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=4&facilitator=1`, SIZES[0]);
  await startFixture(page);
  const view = page.getByRole('region', { name: 'Facilitator view: not for the trainee' });
  await expect(view.getByText('Zulu-instructor-note: watch').isVisible()).resolves.toBe(true);
  await expect
    .poll(() => view.getByRole('list', { name: 'Ground truth' }).textContent())
    .toMatch(/^Zulu striped quadcopter \(fx-quad-zulu\): Suspicious drone · [A-H]\d · loitering · not tracked$/);
  const upcoming = view.getByRole('list', { name: 'Upcoming injects' });
  await expect(upcoming.textContent()).resolves.toContain('optional: fire by hand · fx-status-check (message)');
  await expect(upcoming.textContent()).resolves.toContain('Expected: Zulu-expected: acknowledge the status check.');
  await expect(upcoming.textContent()).resolves.toContain('Controller: Zulu-controller: fire by hand');
  await waitForTime(page, START, 3);
  const fired = view.getByRole('list', { name: 'Fired injects' });
  await expect(fired.textContent()).resolves.toContain(`fired ${START}:02 · fx-welcome (message)`);
  await shot(page, '09-facilitator');

  await view.getByRole('button', { name: 'Fire fx-status-check now' }).click();
  await expect.poll(() => fired.textContent()).toContain('fx-status-check (message)');
  await expect(view.getByRole('button', { name: /^Fire / }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: /^Acknowledge message from Sector desk/ }).click();
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: Facilitator check' }).waitFor();
  const overall = Number(await page.getByLabel('Overall score').textContent());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download run' }).click(),
  ]);
  const file = 'test-results/facilitator-run.json';
  await download.saveAs(file);
  const run = JSON.parse(readFileSync(file, 'utf8'));
  expect(run.actions).toContainEqual(expect.objectContaining({ type: 'fire', inject: 'fx-status-check' }));
  const out = execFileSync(
    'npx',
    ['tsx', 'src/cli/simulate.ts', FIXTURE, '--actions', file, '--json', '--lang', 'en'],
    {
      encoding: 'utf8',
    },
  );
  expect(JSON.parse(out).overall).toBe(overall);
  noErrors(errors);
});

test('with the facilitator view off no ground truth is in the DOM; G and the toggle show and remove it', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=4`, SIZES[1]);
  await startFixture(page);
  await waitForTime(page, START, 3);
  await expect
    .poll(() => page.getByRole('list', { name: 'Message log' }).getByText('Post Echo, start of watch.').isVisible())
    .toBe(true);
  await expect(leaks(page)).resolves.toEqual([]);
  await expect.poll(() => page.getByRole('region', { name: /^Facilitator view/ }).count()).toBe(0);

  await page.keyboard.press('g');
  const view = page.getByRole('region', { name: 'Facilitator view: not for the trainee' });
  await expect(view.getByRole('list', { name: 'Ground truth' }).textContent()).resolves.toContain('fx-quad-zulu');
  await page.getByRole('button', { name: 'Pause' }).click();
  await shot(page, '09-facilitator');
  await page.keyboard.press('g');
  await expect(view.count()).resolves.toBe(0);
  await expect(leaks(page)).resolves.toEqual([]);

  const toggle = page.getByRole('button', { name: 'Facilitator view' });
  await toggle.click();
  await expect(view.getByText('Zulu-instructor-note').isVisible()).resolves.toBe(true);
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  await toggle.click();
  await expect(leaks(page)).resolves.toEqual([]);
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  noErrors(errors);
});
