/** Helpers for the touch tests: a phone or tablet page, map taps, and the checks every small-screen screen must pass. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { layoutFor, toScreen } from '../../src/game/layout';
import { parseCell } from '../../src/scenario/grid';
import { collectErrors } from './chromium';

const contexts: { close: () => Promise<void> }[] = [];

/** A fresh touch page (hasTouch, isMobile, en-US) at a viewport, collecting console errors; closed by closeTouchPages. */
export async function openTouchPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Closes every touch page opened since the last call. */
export async function closeTouchPages(): Promise<void> {
  for (const context of contexts.splice(0)) await context.close();
}

/** Taps the centre of a map cell ("D4") on the Phaser canvas with the touchscreen. */
export async function tapCell(page: Page, ref: string, cols: number, rows: number): Promise<void> {
  const cell = parseCell(ref);
  if (!cell) throw new Error(`bad cell ${ref}`);
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const p = toScreen(layoutFor(box.width, box.height, cols, rows), cell.c, cell.r);
  await page.touchscreen.tap(box.x + p.px, box.y + p.py);
}

/** Every rendered button, input, select and summary smaller than 44 × 44 CSS px, named by its text or label. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, input, select, summary, textarea'))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        const kind = el instanceof HTMLInputElement ? `input[${el.type}]` : el.tagName.toLowerCase();
        return `${kind} "${name || el.id}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );
}

/** How far the page is wider than the viewport (0 when nothing overflows sideways). */
export async function sideOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
}

/** Saves a screenshot of the viewport under /work/wt/shots/mobile (or SHOTS_DIR). */
export async function touchShot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR ?? 'test-results/screenshots/touch';
  mkdirSync(dir, { recursive: true });
  const vp = page.viewportSize();
  await page.screenshot({ path: `${dir}/${name}-${vp?.width}x${vp?.height}.png` });
}
