/**
 * Accessibility in real Chromium: axe-core finds nothing on any screen in either palette (library, briefing, play
 * and its dialogs, debrief, studio, classroom); the announcer speaks messages, sightings, deliveries and probes while
 * the clock stays quiet; the map takes focus behind a skip link; focus stays where the trainee is.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { type ServerProcess, startServer, tempDir } from '../server/harness';
import { axeViolations } from './axe';
import { noErrors, openPage, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

async function setPalette(page: Page, palette: 'standard' | 'colorblind'): Promise<void> {
  await page.getByLabel('Palette').selectOption(palette);
  await expect.poll(() => page.evaluate(() => document.body.dataset.palette)).toBe(palette);
}

/** Opens a page with the palette already saved in its settings (as a trainee who chose it before). */
async function openInPalette(url: string, palette: 'standard' | 'colorblind') {
  const opened = await openPage(browser(), url);
  await opened.page.evaluate((p) => localStorage.setItem('skywatch.settings', JSON.stringify({ palette: p })), palette);
  await opened.page.reload();
  await expect.poll(() => opened.page.evaluate(() => document.body.dataset.palette)).toBe(palette);
  return opened;
}

for (const palette of ['standard', 'colorblind'] as const) {
  test(`no axe-core violation on any screen, ${palette} palette`, { timeout: 240_000 }, async () => {
    const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
    const found: string[] = [];
    const check = async (where: string) => {
      found.push(...(await axeViolations(page, where)));
    };
    await setPalette(page, palette);
    await check('library');
    await page.getByText('Learning record store (xAPI)').click();
    await check('library, LRS settings open');

    await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
    await check('briefing');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('#map canvas').waitFor();
    await check('play');
    await page.getByRole('button', { name: 'Facilitator view' }).click();
    await check('play, facilitator view on');
    await page.getByRole('button', { name: 'Facilitator view' }).click();
    await page.getByRole('button', { name: 'Help ?' }).click();
    await check('help overlay');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Leave' }).click();
    await check('leave dialog');
    await page.getByRole('button', { name: 'Keep playing' }).click();
    await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
    await waitForTime(page, '06:00', 190);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.keyboard.press('i');
    await page.keyboard.press('m');
    await page.getByRole('button', { name: 'Report T1…' }).click();
    await check('report form');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Skip to end' }).click();
    await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
    await check('debrief');
    await page.getByRole('region', { name: 'Replay' }).getByRole('button', { name: 'Play' }).click();
    await check('debrief, replay playing');
    await page.getByRole('button', { name: 'Back to library' }).click();
    await check('library with a result');

    await page.getByRole('button', { name: 'Open briefing: River at dusk' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    await page.getByRole('dialog', { name: /How many air contacts/ }).waitFor({ timeout: 60_000 });
    await check('probe dialog');
    await page.getByLabel('1', { exact: true }).check();
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.getByRole('dialog', { name: /Which way is the newest drone/ }).waitFor({ timeout: 60_000 });
    await page.getByLabel('North', { exact: true }).check();
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.getByRole('dialog', { name: 'Discussion' }).waitFor({ timeout: 60_000 });
    await check('discussion dialog');
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.getByRole('heading', { name: 'Debrief: River at dusk' }).waitFor();
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('button', { name: 'Leave the run' }).click();
    await page.getByRole('heading', { name: /Unfinished runs/ }).waitFor();
    await check('library with an unfinished run');
    await page.getByRole('button', { name: /^Discard run: First watch/ }).click();
    await check('library, discarding an unfinished run');

    await page.getByRole('button', { name: 'Edit in the studio: First watch' }).click();
    await page.getByRole('heading', { name: /^Studio/ }).waitFor();
    await page.locator('canvas.studio-map').waitFor();
    await check('studio, map');
    for (const tab of ['Contacts', 'Injects', 'Objectives', 'Briefing', 'Checks']) {
      await page.getByRole('tab', { name: tab }).click();
      await check(`studio, ${tab}`);
    }
    expect(found).toEqual([]);
    noErrors(errors);
  });
}

let server: ServerProcess | null = null;
let dataDir = '';
afterAll(async () => {
  await server?.stop();
  if (dataDir) (await import('node:fs')).rmSync(dataDir, { recursive: true, force: true });
});

test('no axe-core violation on the classroom screens, both palettes', { timeout: 240_000 }, async () => {
  dataDir = tempDir('skywatch-a11y-');
  server = await startServer({ DATA_DIR: dataDir });
  const base = server.base;
  const found: string[] = [];
  for (const palette of ['standard', 'colorblind'] as const) {
    const ins = await openInPalette(`${base}/?classroom=instructor`, palette);
    found.push(...(await axeViolations(ins.page, `${palette}: console`)));
    await ins.page.getByLabel('Built-in scenario').selectOption('first-watch.json');
    await ins.page.getByRole('button', { name: 'Create class' }).click();
    const codeEl = ins.page.getByLabel('Join code');
    await expect.poll(() => codeEl.textContent()).toMatch(/^[A-Z2-9]{6}$/);
    const code = (await codeEl.textContent()) ?? '';
    const seat = await openInPalette(`${base}/?join=${code}`, palette);
    await expect.poll(() => seat.page.getByLabel('Class code').inputValue()).toBe(code);
    found.push(...(await axeViolations(seat.page, `${palette}: join`)));
    await seat.page.getByLabel('Your name').fill('Ann');
    await seat.page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => seat.page.getByText('Waiting for the instructor to start').count()).toBe(1);
    found.push(...(await axeViolations(seat.page, `${palette}: seat waiting`)));
    found.push(...(await axeViolations(ins.page, `${palette}: console with a seat`)));
    await ins.page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => seat.page.getByText('Running with the class').count()).toBe(1);
    found.push(...(await axeViolations(seat.page, `${palette}: seat playing`)));
    found.push(...(await axeViolations(ins.page, `${palette}: console running`)));
    await ins.page.getByRole('button', { name: 'End class' }).click();
    await ins.page.getByRole('button', { name: 'Yes, end the class' }).click();
    await expect.poll(() => ins.page.getByRole('heading', { name: 'Class debrief: First watch' }).count()).toBe(1);
    found.push(...(await axeViolations(ins.page, `${palette}: class debrief`)));
    await expect.poll(() => seat.page.getByRole('heading', { name: 'Debrief: First watch' }).count()).toBe(1);
    found.push(...(await axeViolations(seat.page, `${palette}: seat debrief`)));
    for (const p of [ins, seat]) noErrors(p.errors);
  }
  expect(found).toEqual([]);
});

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === null || el === document.body ? 'body' : `${el.tagName.toLowerCase()}#${el.id}:${el.textContent}`;
  });
const announced = (page: Page) => page.locator('.announcer').textContent();
const inSight = (page: Page) => page.getByRole('region', { name: 'In sight' }).textContent();

test('play is announced politely, the clock is not; the map takes focus behind a skip link; focus stays put', {
  timeout: 120_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Play: First watch' }).waitFor({ state: 'attached' });
  await expect.poll(() => active(page)).toMatch(/^div#map:/);

  // The skip link is the first stop for Tab and takes the trainee to the map.
  const first = await page.evaluate(() => {
    const stops = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    );
    const el = stops.find((e) => e.tabIndex >= 0 && !e.matches(':disabled') && e.checkVisibility());
    el?.focus();
    return el?.textContent;
  });
  expect(first).toBe('Skip to map');
  expect(await active(page)).toBe('a#:Skip to map');
  await page.keyboard.press('Enter');
  expect(await active(page)).toMatch(/^div#map:/);

  // The clock is a timer that is not live, inside no live region.
  const clock = page.getByLabel('Clock');
  expect(await clock.evaluate((el) => [el.tagName, el.getAttribute('role'), el.getAttribute('aria-live')])).toEqual([
    'SPAN',
    'timer',
    'off',
  ]);
  expect(
    await clock.evaluate((el) => el.parentElement?.closest('[aria-live], [role=status], [role=log], output')),
  ).toBe(null);

  // A message and its acknowledgement are announced.
  await expect.poll(() => announced(page)).toContain('New message from Sector desk:');
  await page.getByRole('button', { name: /^Acknowledge message from Sector desk/ }).click();
  await expect.poll(() => announced(page)).toContain('Message from Sector desk acknowledged');
  expect(await announced(page)).not.toMatch(/\d\d:\d\d:\d\d/);

  // Escape from the leave dialog and from the help returns focus to the button that opened them.
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await page.keyboard.press('Escape');
  expect(await active(page)).toBe('button#:Leave');
  await page.getByRole('button', { name: 'Help ?' }).click();
  await expect.poll(() => active(page)).toBe('button#:Close help');
  await page.keyboard.press('Escape');
  await expect.poll(() => active(page)).toBe('button#:Help ?');

  // The facilitator view is the next stop for Tab after its toggle.
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('facilitator-title');
  await page.getByRole('button', { name: 'Facilitator view' }).click();

  // A contact coming into sight is announced and listed, from the trainee's view only.
  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
  await expect.poll(() => announced(page), { timeout: 30_000 }).toMatch(/New contact in sight at [A-Z]\d+/);
  await waitForTime(page, '06:00', 190);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => inSight(page)).toMatch(/Unmarked contact in sight at [A-Z]\d+/);
  await page.locator('#map').focus();
  await page.keyboard.press('i');
  await page.keyboard.press('m');
  await expect.poll(() => inSight(page)).toMatch(/Track T1, not classified, in sight at [A-Z]\d+/);
  expect(await inSight(page)).not.toMatch(/gull|quadcopter|suspicious|drone/i);

  // The report form: Escape and sending both return focus to the Report button; the delivery is announced.
  const reportButton = page.getByRole('button', { name: 'Report T1…' });
  await reportButton.click();
  await page.getByRole('form', { name: /^Report T1/ }).waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => active(page)).toBe('button#:Report T1…');
  await reportButton.click();
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect.poll(() => active(page)).toBe('button#:Report T1…');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => announced(page), { timeout: 30_000 }).toContain('Report on T1 delivered');
  noErrors(errors);
});

test('a probe is announced; after a probe or a discussion, focus is back where it was', {
  timeout: 120_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await page.getByRole('button', { name: 'Open briefing: River at dusk' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Speed 4×' }).click();
  const alert = page.getByRole('button', { name: 'Alert', exact: true });
  await alert.focus();
  await page.getByRole('dialog', { name: /How many air contacts/ }).waitFor({ timeout: 60_000 });
  await expect
    .poll(() => announced(page))
    .toContain('Situation check, the map is hidden: How many air contacts can you observe right now?');
  expect(await active(page)).toMatch(/^input#probe-0/);
  await page.getByLabel('1', { exact: true }).check();
  await page.getByRole('button', { name: 'Answer' }).click();
  await expect.poll(() => active(page)).toBe('button#:Alert');
  await page.getByRole('dialog', { name: /Which way is the newest drone/ }).waitFor({ timeout: 60_000 });
  await page.getByLabel('North', { exact: true }).check();
  await page.getByRole('button', { name: 'Answer' }).click();
  await page.getByRole('dialog', { name: 'Discussion' }).waitFor({ timeout: 60_000 });
  expect(await active(page)).toMatch(/^textarea#discussion-text/);
  await page.getByLabel('Your answer').fill('The survey aircraft was booked and flew straight.');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect.poll(() => active(page)).toBe('button#:Alert');
  noErrors(errors);
});
