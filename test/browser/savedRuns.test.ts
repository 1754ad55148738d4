import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { hashScenario } from '../../src/scenario';
import { collectErrors } from './chromium';
import { noErrors, openPage, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

test('two tabs playing keep a run each; after one closes, both runs are offered and either resumes', {
  timeout: 120_000,
}, async () => {
  const url = `${inject('appUrl')}?speed=16`;
  const { page: a, errors } = await openPage(browser(), url);
  const b = await a.context().newPage();
  const errorsB = collectErrors(b);
  await b.goto(url);
  await a.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await a.getByRole('button', { name: 'Start' }).click();
  await b.getByRole('button', { name: 'Open briefing: Birds or a drone?' }).click();
  await b.getByRole('button', { name: 'Start' }).click();
  await a.getByRole('group', { name: 'Team posture' }).getByRole('button', { name: 'Alert' }).click();
  await waitForTime(a, '06:00', 20);
  await waitForTime(b, '07:30', 20);
  await a.close();
  await b.reload();
  const runs = b.getByRole('list', { name: /^Unfinished runs/ }).getByRole('listitem');
  await expect.poll(() => runs.count()).toBe(2);
  await expect(runs.allTextContents()).resolves.toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^First watch — reached 06:0/),
      expect.stringMatching(/^Birds or a drone\? — reached 07:3/),
    ]),
  );
  await b.getByRole('button', { name: /^Resume run: First watch/ }).click();
  await expect.poll(() => b.getByRole('button', { name: 'Alert', pressed: true }).count()).toBe(1);
  await b.getByRole('button', { name: 'Leave', exact: true }).click();
  await b.getByRole('alertdialog', { name: 'Leave this run?' }).getByRole('button', { name: 'Leave the run' }).click();
  await expect.poll(() => runs.count()).toBe(2);
  await b.getByRole('button', { name: /^Discard run: Birds or a drone\?/ }).click();
  await expect.poll(() => runs.count()).toBe(2);
  await b.getByRole('button', { name: /^Discard for good: Birds or a drone\?/ }).click();
  await expect.poll(() => runs.count()).toBe(1);
  await expect(runs.first().textContent()).resolves.toMatch(/^First watch/);
  noErrors([...errors, ...errorsB]);
});

test('a finished run is not offered after a reload on the debrief, and its result is kept once', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=16`);
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' }).waitFor();
  await expect(page.getByRole('heading', { name: /^Unfinished runs/ }).count()).resolves.toBe(0);
  await expect(
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skywatch.run'))),
  ).resolves.toEqual([]);
  await expect(
    page.getByRole('img', { name: /^Score per attempt, 0 to 100, pass mark \d+: attempt 1 on [^;]+\.$/ }).count(),
  ).resolves.toBe(1);
  noErrors(errors);
});

test('a run saved past the end of its scenario is scored into the results on load, not offered', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  const saved = {
    version: 1,
    tMs: 430_000,
    source: { kind: 'builtin', id: 'first-watch' },
    record: {
      id: 'ended-run',
      scenario: 'first-watch',
      scenarioHash: hashScenario(readFileSync('assets/scenarios/first-watch.json', 'utf8')),
      seed: 1,
      actions: [{ at: 3, type: 'posture', posture: 'alert' }],
    },
  };
  await page.evaluate((text) => localStorage.setItem('skywatch.runs.ended-run', text), JSON.stringify(saved));
  await page.reload();
  await page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' }).waitFor();
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain('Your run of “First watch” had reached the end of the scenario: it was scored and is in your results.');
  await expect(page.getByRole('heading', { name: /^Unfinished runs/ }).count()).resolves.toBe(0);
  await expect(page.evaluate(() => localStorage.getItem('skywatch.runs.ended-run'))).resolves.toBeNull();
  await page.reload();
  await page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' }).waitFor();
  await expect(
    page.getByRole('img', { name: /^Score per attempt, 0 to 100, pass mark \d+: attempt 1 on [^;]+\.$/ }).count(),
  ).resolves.toBe(1);
  noErrors(errors);
});

test('results that cannot be read are set aside with a message; the others are shown', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByText('No results yet.').waitFor();
  const good = {
    id: 'reg-good',
    scenario: 'first-watch',
    title: 'First watch',
    scenarioHash: 'abc',
    source: { kind: 'builtin', id: 'first-watch' },
    record: { id: 'run-good', scenario: 'first-watch', scenarioHash: 'abc', seed: 1, actions: [] },
    overall: 82,
    passed: true,
    passMark: 70,
    startedMs: 1_700_000_000_000,
    finishedMs: 1_700_000_420_000,
  };
  const bad = [
    { ...good, id: 'reg-no-finish', finishedMs: undefined },
    { ...good, id: 'reg-no-title', title: undefined },
  ];
  await page.evaluate(
    async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('skywatch');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('results', 'readwrite');
      for (const r of records) tx.objectStore('results').put(r);
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    [good, ...bad],
  );
  await page.reload();
  await page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' }).waitFor();
  await expect(
    page.getByRole('img', { name: /^Score per attempt, 0 to 100, pass mark \d+: attempt 1 on [^;]+\.$/ }).count(),
  ).resolves.toBe(1);
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain('2 results could not be read and were set aside');
  const notice = (await page.getByRole('status').first().textContent()) ?? '';
  expect(notice).toContain('“reg-no-finish”: it has no finishedMs');
  expect(notice).toContain('“reg-no-title”: it has no title');
  await page.reload();
  await page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' }).waitFor();
  await expect(page.getByRole('status').first().isVisible()).resolves.toBe(false);
  noErrors(errors);
});

test('the LRS settings warn about an endpoint that is not https and a secret outside Latin-1', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByText('Learning record store (xAPI)').click();
  const warnings = page.getByRole('list', { name: 'Problems with these LRS settings' }).getByRole('listitem');
  await page.getByLabel('LRS endpoint').fill('http://127.0.0.1:9/xapi');
  await page.getByLabel('LRS secret').fill('secret');
  await expect.poll(() => warnings.count()).toBe(0);
  await page.getByLabel('LRS endpoint').fill('http://lrs.example/xapi');
  await page.getByLabel('LRS secret').fill('秘密');
  await expect
    .poll(() => warnings.allTextContents())
    .toEqual([
      expect.stringContaining('The LRS endpoint is not https'),
      expect.stringContaining('The LRS secret must be plain ASCII or Latin-1 characters'),
    ]);
  noErrors(errors);
});

test('a secret outside Latin-1 is refused before sending with the reason, not "could not be reached"', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByText('Learning record store (xAPI)').click();
  await page.getByLabel('LRS endpoint').fill('https://lrs.invalid/xapi');
  await page.getByLabel('LRS key (user)').fill('key');
  await page.getByLabel('LRS secret').fill('秘密');
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await expect
    .poll(() => page.locator('.lrs-status').textContent())
    .toMatch(/Sending failed: the LRS secret must be plain ASCII or Latin-1 characters/);
  await expect(page.locator('.lrs-status').textContent()).resolves.not.toContain('could not be reached');
  noErrors(errors);
});
