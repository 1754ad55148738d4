import type { Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import { noErrors, useBrowser, waitForTime } from './helpers';
import { closeTouchPages, openTouchPage, sideOverflow, smallTargets, tapCell, touchShot } from './touch';

const START = '05:50';
const browser = useBrowser();
afterEach(closeTouchPages);

/** The checks every screen passes on a phone or tablet: nothing sideways, no control under 44 px. */
async function fits(page: Page, screen: string): Promise<void> {
  await touchShot(page, screen);
  expect(await sideOverflow(page), `${screen}: page wider than the viewport`).toBeLessThanOrEqual(0);
  expect(await smallTargets(page), `${screen}: controls under 44 px`).toEqual([]);
}

/** The box of an element lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const vp = page.viewportSize();
  if (!box || !vp) throw new Error(`${selector} is not on screen`);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`${viewport.width}×${viewport.height} by touch only: library → briefing → play Devices off → debrief → library`, {
    timeout: 240_000,
  }, async () => {
    const { page, errors } = await openTouchPage(browser(), `${inject('appUrl')}?speed=16`, viewport);
    await page.getByRole('button', { name: 'Open briefing: Devices off' }).waitFor();
    await fits(page, '01-library');
    await page.getByRole('button', { name: 'Open briefing: Devices off' }).tap();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await fits(page, '02-briefing');
    await page.getByRole('button', { name: 'Start' }).tap();

    // The map takes the width and a good share of the height, above the panels' tabs.
    const canvas = page.locator('#map canvas');
    await canvas.waitFor();
    await expect
      .poll(async () => (await canvas.boundingBox())?.width ?? 0)
      .toBeGreaterThanOrEqual(0.9 * viewport.width);
    const box = await canvas.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual((viewport.width < 600 ? 0.3 : 0.45) * viewport.height);
    await inViewport(page, '#map canvas');
    await fits(page, '03-play');

    // 2:00 the quiet order: its tab shows a message waiting; acknowledge it and switch devices off.
    const messagesTab = page.getByRole('tab', { name: 'Messages (1)' });
    await messagesTab.waitFor({ timeout: 60_000 });
    await messagesTab.tap();
    await page.getByRole('button', { name: /^Acknowledge message from Sector desk/ }).tap();
    await page.getByRole('switch', { name: 'Personal devices and emitters on' }).tap();
    await expect
      .poll(() =>
        page
          .getByText(/^Acknowledged /)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await fits(page, '04-messages');

    // 7:00 the freeze probe: the whole dialog is on screen, answered by taps.
    const probe = page.getByRole('dialog', { name: /relative to the perimeter/ });
    await probe.waitFor({ timeout: 60_000 });
    await inViewport(page, '.probe');
    await fits(page, '05-probe');
    await probe.getByLabel('Inside the perimeter').tap();
    await probe.getByRole('button', { name: 'Answer' }).tap();

    // 10:00 a drone hovers over J4: pause and tap its cell to mark it.
    await waitForTime(page, START, 610);
    await page.getByRole('button', { name: 'Pause' }).tap();
    await tapCell(page, 'J4', 12, 8);
    const track = page.getByRole('list', { name: 'Tracks' }).getByRole('button');
    await expect.poll(() => track.count()).toBe(1);
    await expect.poll(() => page.locator('.details').textContent()).toContain('hovering');
    const label = (await page.locator('#track-title').textContent())?.replace('Track ', '') ?? '';
    await page.getByLabel(`Classification of ${label}`).selectOption('unknown-uas');
    await page.getByRole('button', { name: 'Classify', exact: true }).tap();
    await fits(page, '06-tracks');

    // The report form opens in its own tab and sends by taps.
    await page.getByRole('button', { name: /^Report T\d+…$/ }).tap();
    const form = page.getByRole('form', { name: /^Report T\d+/ });
    await expect.poll(() => page.getByRole('tab', { name: 'Report' }).getAttribute('aria-selected')).toBe('true');
    await form.getByLabel(/^Primary:/).tap();
    await fits(page, '07-report');
    await form.getByRole('button', { name: 'Send report' }).tap();
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/^Report on T\d+: Delivered/);
    if ((await form.count()) > 0) await form.getByRole('button', { name: 'Close' }).tap();

    // Leave asks first; its dialog fits; keep playing.
    await page.getByRole('button', { name: 'Leave' }).tap();
    await fits(page, '08-leave');
    await page.getByRole('button', { name: 'Keep playing' }).tap();
    await page.getByRole('button', { name: 'Resume' }).tap();

    // 12:45 the discussion prompt fits on screen; the trainee skips it.
    const discussion = page.getByRole('dialog', { name: 'Discussion' });
    await discussion.waitFor({ timeout: 60_000 });
    await fits(page, '09-discussion');
    await discussion.getByRole('button', { name: 'Skip' }).tap();

    // The debrief: replay and timeline by taps.
    await page.getByRole('heading', { name: 'Debrief: Devices off' }).waitFor({ timeout: 60_000 });
    await fits(page, '10-debrief');
    await page
      .getByRole('button', { name: /^Replay from / })
      .first()
      .tap();
    await page.getByRole('button', { name: 'Play', exact: true }).tap();
    await page.getByRole('button', { name: 'Back to library' }).tap();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await page.getByRole('heading', { name: 'Your results' }).scrollIntoViewIfNeeded();
    await fits(page, '11-history');
    noErrors(errors);
  });
}

test('844×390, a phone on its side: the map at the full height beside the panels, nothing sideways', {
  timeout: 120_000,
}, async () => {
  const viewport = { width: 844, height: 390 };
  const { page, errors } = await openTouchPage(browser(), `${inject('appUrl')}?speed=16`, viewport);
  await page.getByRole('button', { name: 'Open briefing: Devices off' }).tap();
  await page.getByRole('button', { name: 'Start' }).tap();
  const canvas = page.locator('#map canvas');
  await canvas.waitFor();
  await expect
    .poll(async () => (await canvas.boundingBox())?.height ?? 0)
    .toBeGreaterThanOrEqual(0.5 * viewport.height);
  await inViewport(page, '#map canvas');
  const map = await canvas.boundingBox();
  const tabs = await page.getByRole('tablist', { name: 'Panels' }).boundingBox();
  expect(tabs?.x ?? 0).toBeGreaterThanOrEqual((map?.x ?? 0) + (map?.width ?? 0));
  await page.getByRole('tab', { name: /^Messages/ }).tap();
  await expect.poll(() => page.getByRole('list', { name: 'Message log' }).isVisible()).toBe(true);
  await fits(page, '12-play-landscape');
  noErrors(errors);
});
