import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { collectErrors, launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the built app loads in Chromium without console errors', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(inject('appUrl'));
  await expect(page.getByRole('heading', { name: 'Skywatch' }).first().isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
});
