/** Helpers for the browser tests: pages with error collection, the scenario clock, map clicks, screenshots. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { layoutFor, toScreen } from '../../src/game/layout';
import { parseCell } from '../../src/scenario/grid';
import { collectErrors, launchChromium } from './chromium';

export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
] as const;

const open: BrowserContext[] = [];

/** One Chromium for a test file: launched before its tests, pages closed after each, closed at the end. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(closePages);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium was not launched');
    return browser;
  };
}

/** Closes every page opened since the last call (each test's pages, so they stop drawing). */
export async function closePages(): Promise<void> {
  for (const context of open.splice(0)) await context.close();
}

/**
 * A fresh page (own storage) at a viewport, collecting console errors; closed by closePages. The offline app's service
 * worker is blocked unless `serviceWorkers` is 'allow' (test/browser/offline.test.ts), so no test is served a cached file.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = SIZES[0],
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers, locale: 'en-US' });
  open.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Seconds since the scenario started, read from the HUD clock and the scenario's start clock "HH:MM". */
export async function scenarioSeconds(page: Page, startClock: string): Promise<number> {
  const clock = (await page.getByLabel('Clock').textContent()) ?? '';
  const [h, m, s] = clock.split(':').map(Number);
  const [sh, sm] = startClock.split(':').map(Number);
  return h * 3600 + m * 60 + s - (sh * 3600 + sm * 60);
}

/** Waits until scenario time reaches `seconds` (the run keeps going). */
export async function waitForTime(page: Page, startClock: string, seconds: number, timeout = 60_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await scenarioSeconds(page, startClock)) < seconds) {
    if (Date.now() > until) throw new Error(`scenario time never reached ${seconds}s`);
    await page.waitForTimeout(50);
  }
}

/** Clicks the centre of a map cell ("D4") on the Phaser canvas. */
export async function clickCell(page: Page, ref: string, cols: number, rows: number): Promise<void> {
  const cell = parseCell(ref);
  if (!cell) throw new Error(`bad cell ${ref}`);
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const l = layoutFor(box.width, box.height, cols, rows);
  const p = toScreen(l, cell.c, cell.r);
  await page.mouse.click(box.x + p.px, box.y + p.py);
}

/** The cell the map cursor is on, from the readout under the map. */
export async function cursorCell(page: Page): Promise<{ cell: string; something: boolean }> {
  const text = (await page.locator('.readout').textContent()) ?? '';
  const m = /Cursor ([A-Z]\d+)/.exec(text);
  return { cell: m?.[1] ?? '', something: text.includes('something here') };
}

/** Saves a screenshot under test-results/screenshots/. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const vp = page.viewportSize();
  await page.screenshot({ path: `test-results/screenshots/${name}-${vp?.width}x${vp?.height}.png` });
}

/** Asserts no console errors were collected. */
export function noErrors(errors: string[]): void {
  expect(errors).toEqual([]);
}
