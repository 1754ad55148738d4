import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { clickCell, cursorCell, noErrors, openPage, shot, useBrowser, waitForTime } from './helpers';

const START = '06:00';
const browser = useBrowser();

const trackButtons = (page: Page) => page.getByRole('list', { name: 'Tracks' }).getByRole('button');

/** Opens First watch and plays until the drone loiters in plain view (3:10), then pauses. */
async function firstWatchAtDrone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await waitForTime(page, START, 190);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** Moves the cursor to the unmarked sighting on `cell` with the next-sighting key. */
async function cursorTo(page: Page, cell: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('i');
    if ((await cursorCell(page)).cell === cell) return;
  }
  await shot(page, 'fair-no-sighting');
  throw new Error(`no sighting on ${cell}: ${await page.locator('.readout').textContent()}`);
}

test('marking the same drone again selects its track; a dropped track can be marked anew', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=20`);
  await firstWatchAtDrone(page);
  await cursorTo(page, 'F4');
  for (let i = 0; i < 5; i++) await page.keyboard.press('m');
  await expect.poll(() => trackButtons(page).count()).toBe(1);
  await clickCell(page, 'F4', 12, 8);
  await clickCell(page, 'F4', 12, 8);
  await expect.poll(() => trackButtons(page).count()).toBe(1);
  await expect.poll(() => page.locator('#track-title').textContent()).toBe('Track T1');
  await expect.poll(() => page.locator('.readout').textContent()).not.toContain('something here');

  await page.getByRole('button', { name: 'Drop T1' }).click();
  await expect.poll(() => trackButtons(page).count()).toBe(0);
  await cursorTo(page, 'F4');
  await page.keyboard.press('m');
  await expect.poll(() => trackButtons(page).allTextContents()).toEqual([expect.stringMatching(/^T2 /)]);
  noErrors(errors);
});

test('the report form fills only what was seen of this track, offers unknown, and never names another track’s operator', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=20`);
  await firstWatchAtDrone(page);
  await cursorTo(page, 'F4');
  await page.keyboard.press('m');
  await page.getByRole('button', { name: 'Report T1…' }).click();
  const form = page.getByRole('form', { name: /^Report T1/ });
  await expect.poll(() => form.getByLabel('Location (cell)').inputValue()).toBe('F4');
  await expect(form.getByLabel('Operator location').inputValue()).resolves.toBe('');
  await expect(form.getByLabel('Description (markings)').inputValue()).resolves.toBe('');
  await expect(form.getByLabel('Payload').inputValue()).resolves.toBe('');
  await expect(form.getByLabel('Type').inputValue()).resolves.toBe('multirotor');
  const payloadChoices = await form
    .getByLabel('Payload')
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(payloadChoices).toContain('unknown');
  await expect(form.getByLabel(/^Primary:/).isChecked()).resolves.toBe(true);
  await expect(form.getByText(/an honest unknown scores/)).toBeTruthy();
  await shot(page, 'fair-report-form');
  noErrors(errors);
});
