import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { clickCell, cursorCell, noErrors, openPage, scenarioSeconds, shot, useBrowser, waitForTime } from './helpers';

const START = '05:40';
const browser = useBrowser();

/** Classification for what a track shows: the test trainee reads the cues like a trainee would. */
function classFor(cues: string): string | null {
  if (cues.includes('fixed-wing')) return 'authorized';
  if (cues.includes('object attached')) return 'hazard';
  if (cues.includes('multirotor')) return 'suspicious-uas';
  if (cues.includes('person')) return 'possible-operator';
  return null;
}

/** Marks every unmarked sighting with a mouse click on its cell, then classifies what can be told. */
async function markAndClassify(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('i');
    const { cell, something } = await cursorCell(page);
    if (!something) break;
    await clickCell(page, cell, 12, 8);
  }
  const tracks = page.getByRole('list', { name: 'Tracks' }).getByRole('button');
  for (let i = 0; i < (await tracks.count()); i++) {
    await tracks.nth(i).click();
    const cues = (await page.locator('.details').textContent()) ?? '';
    const as = classFor(cues);
    const label = (await page.locator('#track-title').textContent())?.replace('Track ', '') ?? '';
    const select = page.getByLabel(`Classification of ${label}`);
    if (as && (await select.inputValue()) !== as) {
      await select.selectOption(as);
      await page.getByRole('button', { name: 'Classify', exact: true }).click();
    }
  }
}

async function selectTrackShowing(page: Page, cue: string): Promise<void> {
  const tracks = page.getByRole('list', { name: 'Tracks' }).getByRole('button');
  for (let i = 0; i < (await tracks.count()); i++) {
    await tracks.nth(i).click();
    if (((await page.locator('.details').textContent()) ?? '').includes(cue)) return;
  }
  throw new Error(`no track shows ${cue}`);
}

/** Plays on in short steps (marking and classifying again) until a track shows `cue`, by `until` seconds at most. */
async function playUntilTrackShows(page: Page, cue: string, until: number): Promise<void> {
  for (;;) {
    try {
      await selectTrackShowing(page, cue);
      return;
    } catch (error) {
      if ((await scenarioSeconds(page, START)) >= until) throw error;
    }
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Pause' }).click();
    await markAndClassify(page);
  }
}

async function sendReport(page: Page, channel: 'Primary' | 'Alternate', expected: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Report T\d+…$/ }).click();
  const form = page.getByRole('form', { name: /^Report T\d+/ });
  await expect(form.getByLabel('Location (cell)').inputValue()).resolves.toMatch(/^[A-L]\d$/);
  await form.getByLabel(new RegExp(`^${channel}:`)).check();
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect.poll(() => page.locator('.notice p').textContent()).toMatch(expected);
  if ((await form.count()) > 0) await form.getByRole('button', { name: 'Close' }).click();
}

test('library → briefing → play River at dusk to the end → debrief matches the CLI', { timeout: 240_000 }, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=20`);
  await shot(page, '01-library');
  await page.getByRole('button', { name: 'Open briefing: River at dusk' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Situation' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'West' }).click();

  // 1:00 the desk asks for devices off: acknowledge and switch them off.
  const ack = page.getByRole('button', { name: /^Acknowledge message from Sector desk/ });
  await ack.waitFor({ timeout: 30_000 });
  await ack.click();
  await page.getByRole('switch', { name: 'Personal devices and emitters on' }).click();
  await expect(
    page
      .getByText(/^Acknowledged /)
      .first()
      .isVisible(),
  ).resolves.toBe(true);

  // 7:00 a freeze probe hides the map.
  const probe = page.getByRole('dialog', { name: /How many air contacts/ });
  await probe.waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('#map').isVisible()).toBe(false);
  await shot(page, '05-probe');
  await probe.getByLabel('2', { exact: true }).check();
  await probe.getByRole('button', { name: 'Answer' }).click();

  // Just after: the drone loiters at D4. Mark everything in sight, classify, report on the primary net.
  await page.getByRole('button', { name: 'Pause' }).click();
  await markAndClassify(page);
  await shot(page, '03-play');
  await selectTrackShowing(page, 'multirotor');
  await sendReport(page, 'Primary', /^Report on T\d+: Delivered on Command net/);
  await page.getByRole('button', { name: 'Resume' }).click();

  // 8:00 the primary net goes down: a report there is not delivered; the alternate works.
  await waitForTime(page, START, 490);
  await page.getByRole('button', { name: 'Pause' }).click();
  await selectTrackShowing(page, 'multirotor');
  await sendReport(page, 'Primary', /^Report on T\d+: NOT delivered/);
  await sendReport(page, 'Alternate', /^Report on T\d+: Delivered on Landline/);
  await page.getByRole('button', { name: 'Resume' }).click();

  // 10:00 a carrier drone comes from the east straight for the post: take cover, watch east.
  await waitForTime(page, START, 605);
  await page.getByRole('button', { name: 'Take cover' }).click();
  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'East' }).click();

  const heading = page.getByRole('dialog', { name: /Which way is the newest drone heading/ });
  await heading.waitFor({ timeout: 30_000 });
  await heading.getByLabel('South-west').check();
  await heading.getByRole('button', { name: 'Answer' }).click();

  // 11:40 it is close enough to see what it carries: mark, classify, report on the alternate.
  await waitForTime(page, START, 700);
  await page.getByRole('button', { name: 'Pause' }).click();
  await markAndClassify(page);
  await playUntilTrackShows(page, 'object attached', 770);
  await sendReport(page, 'Alternate', /^Report on T\d+: Delivered on Landline/);
  await page.getByRole('button', { name: 'Resume' }).click();

  // 13:00 a discussion prompt takes a free-text answer.
  const discussion = page.getByRole('dialog', { name: 'Discussion' });
  await discussion.waitFor({ timeout: 30_000 });
  await discussion
    .getByLabel('Your answer')
    .fill('Steady green light, fixed wings, and it was on the authorized list.');
  await discussion.getByRole('button', { name: 'Submit answer' }).click();

  // 14:00 the run ends: the debrief.
  await page.getByRole('heading', { name: 'Debrief: River at dusk' }).waitFor({ timeout: 40_000 });
  await shot(page, '07-debrief');
  const overall = Number(await page.getByLabel('Overall score').textContent());
  const objectives = page.getByRole('region', { name: 'Capabilities and objectives' }).getByRole('rowheader');
  await expect(objectives.count()).resolves.toBe(11);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download run' }).click(),
  ]);
  const file = 'test-results/river-dusk-run.json';
  await download.saveAs(file);
  const run = JSON.parse(readFileSync(file, 'utf8'));
  expect(run.actions.map((a: { type: string }) => a.type)).toEqual(
    expect.arrayContaining(['ack', 'emissions', 'mark', 'classify', 'report', 'answer', 'posture', 'discuss']),
  );
  const out = execFileSync(
    'npx',
    ['tsx', 'src/cli/simulate.ts', 'assets/scenarios/river-dusk.json', '--actions', file, '--json', '--lang', 'en'],
    {
      encoding: 'utf8',
    },
  );
  expect(JSON.parse(out).overall).toBe(overall);
  noErrors(errors);
});
