/** Issue 12, offline: the installed app plays with the network gone, and the single file plays from file://. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { expect, inject, onTestFinished, test } from 'vitest';
import { collectErrors } from './chromium';
import { closePages, noErrors, openPage, SIZES, shot, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();
/** The service worker test/browser/serve.ts serves (it builds into dist/). */
const SW_FILE = 'dist/sw.js';

/** Plays First watch to its debrief: acknowledges, marks and classifies the drone, and lets the clock run out. */
async function playFirstWatch(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Clock').waitFor();
  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
  await page.getByRole('button', { name: /^Acknowledge message from Sector desk/ }).click();
  await waitForTime(page, '06:00', 190);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.keyboard.press('i');
  await page.keyboard.press('m');
  await page.getByLabel('Classification of T1').selectOption('suspicious-uas');
  await page.getByRole('button', { name: 'Classify', exact: true }).click();
  await shot(page, `offline-play-${new URL(page.url()).protocol.replace(':', '')}`);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor({ timeout: 60_000 });
}

test('the offline app: installed once, it reloads and plays First watch to its debrief with the network gone', {
  timeout: 150_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`, SIZES[0], 'allow');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.offline)).toBe('ready');
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
    const m = await (await fetch(href)).json();
    const icons = await Promise.all(
      m.icons.map(async (i: { src: string; sizes: string; purpose?: string }) => {
        const r = await fetch(new URL(i.src, new URL(href, location.href)));
        return `${i.sizes} ${i.purpose ?? 'any'} ${r.headers.get('content-type')} ${(await r.blob()).size > 500}`;
      }),
    );
    return { name: m.short_name, display: m.display, icons };
  });
  expect(manifest).toEqual({
    name: 'Skywatch',
    display: 'standalone',
    icons: [
      '192x192 any image/png true',
      '512x512 any image/png true',
      '512x512 maskable image/png true',
      'any any image/svg+xml true',
    ],
  });

  // Offline after the library loaded, without a reload: a run still starts, the map's chunk and Phaser come from the cache.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#map canvas').waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Open briefing: First watch' }).waitFor();
  await shot(page, 'offline-library');
  await playFirstWatch(page);
  await shot(page, 'offline-debrief');
  await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
  noErrors(errors);
});

test('a new version waits for the trainee: a quiet prompt offers Reload, which brings the new version in', {
  timeout: 90_000,
}, async () => {
  const url = inject('appUrl');
  const { page, errors } = await openPage(browser(), url, SIZES[0], 'allow');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  // The next version: the served service worker changes (browsers check it on every load, bypassing Playwright's routes).
  const sw = readFileSync(SW_FILE, 'utf8');
  writeFileSync(SW_FILE, `${sw}\n// the next version\n`);
  onTestFinished(() => writeFileSync(SW_FILE, sw));
  await page.reload();
  const prompt = page.getByRole('status', { name: 'Update' });
  await prompt.waitFor({ timeout: 30_000 });
  await expect(prompt.textContent()).resolves.toContain('A new version of Skywatch is ready.');
  await shot(page, 'offline-update-prompt');
  await expect(page.evaluate(() => Boolean(document.activeElement?.closest('.update-prompt')))).resolves.toBe(false);
  const waitingNow = () =>
    page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  await expect(waitingNow()).resolves.toBe(true);
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).waitFor();
  await expect(page.getByText('A new version of Skywatch is ready.').count()).resolves.toBe(0);
  await expect(waitingNow()).resolves.toBe(false);
  await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
  noErrors(errors);
});

test('the single file is one HTML file with nothing to fetch, and plays First watch to its debrief from file://', {
  timeout: 180_000,
}, async () => {
  await build({ mode: 'single', logLevel: 'warn' });
  expect(readdirSync('dist-single')).toEqual(['skywatch.html']);
  const html = readFileSync('dist-single/skywatch.html', 'utf8');
  expect(html.match(/<script[^>]*\bsrc=|<link[^>]*href="\.\/|sw\.js|manifest\.webmanifest/g)).toBeNull();
  await closePages();
  const context = await browser().newContext({ viewport: SIZES[0], locale: 'en-US' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${pathToFileURL('dist-single/skywatch.html').href}?speed=32`);
  await shot(page, 'single-library');
  await playFirstWatch(page);
  await shot(page, 'single-debrief');
  await expect(
    page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller),
  ).resolves.toBeFalsy();
  await context.close();
  noErrors(errors);
});
