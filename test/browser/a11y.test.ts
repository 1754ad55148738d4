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
