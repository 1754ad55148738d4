import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { canvasFor, layoutFor, toScreen } from '../../src/game/layout';
import { shaded, TERRAIN_COLOUR } from '../../src/store/mapStyle';
import { noErrors, openPage, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

/** The colour on screen at the centre of each cell, as [r, g, b], read from a screenshot of the page. */
async function cellColours(page: Page, cells: [number, number][], cols: number, rows: number) {
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const l = layoutFor(box.width, box.height, cols, rows);
  const png = (await page.screenshot()).toString('base64');
  const points = cells.map(([c, r]) => {
    const p = toScreen(l, c, r);
    return [Math.round(box.x + p.px), Math.round(box.y + p.py)];
  });
  return page.evaluate(
    async ({ png, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)));
    },
    { png, points },
  );
}

const rgb = (colour: number) => [(colour >> 16) & 255, (colour >> 8) & 255, colour & 255];

/** Whether every pixel is the colour, give or take 2 per channel. */
function allNear(seen: number[][], colour: number): boolean {
  return seen.every((pixel) => pixel.every((channel, i) => Math.abs(channel - rgb(colour)[i]) <= 2));
}

test('the open ground is shaded for the conditions and redrawn when they change', { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=16`);
  await page.getByRole('button', { name: 'Open briefing: Devices off' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.locator('#map canvas').waitFor();
  const open: [number, number][] = [
    [11, 7],
    [10, 0],
    [4, 1],
  ];
  const dusk = shaded(TERRAIN_COLOUR['.'], { light: 'dusk', visibility: 'clear' });
  expect(allNear([rgb(dusk)], TERRAIN_COLOUR['.'])).toBe(false);
  await expect.poll(async () => allNear(await cellColours(page, open, 12, 8), dusk)).toBe(true);
  await page.getByRole('button', { name: 'Resume' }).click();
  await waitForTime(page, '05:50', 6 * 60 + 2);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => allNear(await cellColours(page, open, 12, 8), TERRAIN_COLOUR['.'])).toBe(true);
  noErrors(errors);
});

test('the canvas is only as big as the grid and follows the window when it is resized', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByRole('button', { name: 'Open briefing: Devices off' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.locator('#map canvas').waitFor();
  const sizes = async () => {
    const box = await page.locator('#map').boundingBox();
    const canvas = await page.locator('#map canvas').boundingBox();
    if (!box || !canvas) throw new Error('no map');
    return {
      wanted: canvasFor(box.width, box.height, 12, 8),
      canvas: { width: canvas.width, height: canvas.height },
      box,
    };
  };
  await expect
    .poll(async () => {
      const { wanted, canvas } = await sizes();
      return canvas.width === wanted.width && canvas.height === wanted.height;
    })
    .toBe(true);
  const before = (await sizes()).canvas;
  expect(before.width).toBeLessThan((await sizes()).box.width);
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect
    .poll(async () => {
      const { wanted, canvas } = await sizes();
      return canvas.width === wanted.width && canvas.height === wanted.height && canvas.width < before.width;
    })
    .toBe(true);
  const dusk = shaded(TERRAIN_COLOUR['.'], { light: 'dusk', visibility: 'clear' });
  const open: [number, number][] = [
    [11, 7],
    [10, 0],
  ];
  await expect.poll(async () => allNear(await cellColours(page, open, 12, 8), dusk)).toBe(true);
  noErrors(errors);
});
