import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { noErrors, openPage, SIZES, shot, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

async function start(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Open briefing: ${title}` }).click();
  await page.getByRole('button', { name: 'Start' }).click();
}

for (const size of SIZES) {
  test(`every screen at ${size.width}×${size.height}`, { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`, size);
    await shot(page, '01-library');
    await page.getByRole('button', { name: 'Open briefing: River at dusk' }).click();
    await shot(page, '02-briefing');
    await page.getByRole('button', { name: 'Back to library' }).click();
    await start(page, 'First watch');
    await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
    await waitForTime(page, '06:00', 190);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.keyboard.press('i');
    await page.keyboard.press('m');
    await page.getByLabel('Classification of T1').selectOption('suspicious-uas');
    await page.getByRole('button', { name: 'Classify', exact: true }).click();
    await shot(page, '03-play');
    await page.getByRole('button', { name: 'Report T1…' }).click();
    await shot(page, '04-report-form');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Help ?' }).click();
    await shot(page, '06-help');
    await page.getByRole('button', { name: 'Close help' }).click();
    await page.getByRole('button', { name: 'Skip to end' }).click();
    await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
    await shot(page, '07-debrief');
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.getByLabel('Palette').selectOption('colorblind');
    await start(page, 'River at dusk');
    await page.getByRole('dialog', { name: /How many air contacts/ }).waitFor({ timeout: 60_000 });
    await shot(page, '05-probe');
    await page.getByLabel('1', { exact: true }).check();
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.keyboard.press('i');
    await page.keyboard.press('m');
    await page.keyboard.press('i');
    await page.keyboard.press('m');
    await shot(page, '08-play-colorblind');
    await expect.poll(() => page.getByRole('list', { name: 'Tracks' }).getByRole('button').count()).toBeGreaterThan(0);
    noErrors(errors);
  });
}
