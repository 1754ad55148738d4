import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import xapiValidation from 'xapi-validation';
import { positionAt, replay } from '../../src/engine';
import { parseActionScript, parseScenario } from '../../src/scenario';
import { noErrors, openPage, SIZES, shot, useBrowser, waitForTime } from './helpers';
import { type RealLrs, startRealLrs } from './lrsServer';
import { type LrsStub, startLrsStub } from './lrsStub';

type Validate = (data: unknown) => unknown[];
const validate: Validate =
  (xapiValidation as unknown as { default?: Validate }).default ?? (xapiValidation as unknown as Validate);

const browser = useBrowser();
let lrs: LrsStub;
let realLrs: RealLrs;
beforeAll(async () => {
  lrs = await startLrsStub();
  realLrs = await startRealLrs();
}, 60_000);
afterAll(async () => {
  await lrs?.close();
  await realLrs?.close();
});

const SCENARIO = parseScenario(readFileSync('assets/scenarios/first-watch.json', 'utf8'));

/** Plays First watch: marks and classifies the drone around 3:10, then skips to the end. */
async function playFirstWatch(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open briefing: First watch' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
  await waitForTime(page, '06:00', 190);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await page.locator('[data-contact]').count()).toBe(0);
  await page.keyboard.press('i');
  await page.keyboard.press('m');
  await page.getByLabel('Classification of T1').selectOption('suspicious-uas');
  await page.getByRole('button', { name: 'Classify', exact: true }).click();
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
}

async function save(page: Page, button: string): Promise<{ text: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { text: readFileSync(path, 'utf8'), name: download.suggestedFilename() };
}

test('finish a run: scrub the replay to where the engine puts the drone, export every format, print', {
  timeout: 180_000,
}, async () => {
  if (!SCENARIO.ok) throw new Error('first-watch does not load');
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await playFirstWatch(page);
  const overall = Number(await page.getByLabel('Overall score').textContent());

  const run = await save(page, 'Download run');
  expect(run.name).toBe('first-watch-run.json');
  const script = parseActionScript(run.text);
  if (!script.ok) throw new Error('downloaded run does not parse');
  const final = replay(SCENARIO.value, script.value).state;

  const markedAt = script.value.actions.find((a) => a.type === 'mark')?.at;
  const t = Math.ceil((Number(markedAt) + 5) * 4) * 250;
  await page.getByLabel('Replay time').fill(String(t));
  await expect.poll(() => page.locator('.replay').getAttribute('data-t')).toBe(String(t));
  const expected = positionAt(SCENARIO.value, final, 'drone', t);
  if (!expected) throw new Error('the drone should be on the map just after it was marked');
  const marker = page.locator('.replay-fig [data-contact="drone"]').first();
  expect(Number(await marker.getAttribute('data-x'))).toBeCloseTo(expected.x, 2);
  expect(Number(await marker.getAttribute('data-y'))).toBeCloseTo(expected.y, 2);
  const cell = await marker.getAttribute('data-cell');
  await expect(page.getByRole('list', { name: 'Contacts at the replay moment' }).textContent()).resolves.toContain(
    `at ${cell}`,
  );
  await expect(page.getByRole('list', { name: 'Your tracks at the replay moment' }).textContent()).resolves.toMatch(
    /T1 at [A-L]\d: Suspicious drone/,
  );
  const markRow = page.getByRole('table', { name: 'Timeline' }).getByRole('row').filter({ hasText: 'Marked T1' });
  await markRow.getByRole('button', { name: /^Replay from / }).click();
  await expect.poll(() => page.locator('.replay').getAttribute('data-t')).toBe(String(Number(markedAt) * 1000));
  await page.getByLabel('Replay speed').selectOption('60');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await page.locator('.replay').getAttribute('data-t'))).toBeGreaterThan(145_000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  const card = JSON.parse((await save(page, 'Score card (JSON)')).text);
  expect(card.overall).toBe(overall);
  expect(card.scenario).toBe('first-watch');

  const csv = (await save(page, 'Results history (CSV)')).text.trim().split('\r\n');
  expect(csv[0]).toMatch(/^finished_utc,scenario,title,attempt,overall/);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(`first-watch,First watch,1,${overall},70,`);

  const statements = JSON.parse((await save(page, 'xAPI statements')).text) as Record<string, never>[];
  expect(statements.map((s) => (s.verb as { id: string }).id.split('/').pop())).toEqual([
    'initialized',
    overall >= 70 ? 'passed' : 'failed',
    'completed',
    'terminated',
  ]);
  for (const s of statements) expect(validate(s)).toEqual([]);
  expect(new Set(statements.map((s) => (s.context as { registration: string }).registration)).size).toBe(1);

  await page.getByRole('heading', { name: 'Areas for improvement' }).waitFor();
  await expect(page.getByRole('table', { name: 'Timeline' }).textContent()).resolves.toMatch(/Marked T1/);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'aar-debrief');
    await page.getByRole('heading', { name: 'Capabilities and objectives' }).scrollIntoViewIfNeeded();
    await shot(page, 'aar-report');
  }

  await page.getByLabel('Trainee name').fill('Ana Pérez');
  await expect(page.locator('.final-board').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('.debrief-trainee').textContent()).toBe('Trainee: Ana Pérez');
  await expect(page.locator('.debrief-trainee').isVisible()).resolves.toBe(true);
  await expect(page.getByLabel('Trainee name').isVisible()).resolves.toBe(false);
  const board = page.getByRole('img', { name: /^Final board of First watch/ });
  await expect(board.isVisible()).resolves.toBe(true);
  const box = await board.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(200);
  await expect(board.locator('[data-track="T1"]').count()).resolves.toBe(1);
  await expect(board.locator('polyline.truth').count()).resolves.toBeGreaterThan(0);
  await expect(page.evaluate(() => localStorage.getItem('skywatch.lrs'))).resolves.toContain('"learner":"Ana Pérez"');
  await expect.poll(() => page.locator('.replay-section').isVisible()).toBe(false);
  await expect.poll(() => page.getByRole('button', { name: 'Play again' }).isVisible()).toBe(false);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/aar-print.png', fullPage: true });
  await expect.poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: 'test-results/screenshots/aar-report.pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(4);
  const printed = execFileSync('pdftotext', ['-layout', 'test-results/screenshots/aar-report.pdf', '-'], {
    encoding: 'utf8',
  });
  expect(printed).toContain('Trainee: Ana Pérez');
  expect(printed).toContain('Final board: true contact paths');
  expect(printed).toContain('Capabilities and objectives');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    'test-results/screenshots/aar-report.pdf',
    'test-results/screenshots/aar-report-page',
  ]);
  noErrors(errors);
});

test('a past result reopens after a reload; a downloaded run file opens; a mismatched one says so', {
  timeout: 180_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await playFirstWatch(page);
  const overall = await page.getByLabel('Overall score').textContent();
  const run = await save(page, 'Download run');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.reload();
  const reopen = page.getByRole('button', { name: 'Reopen debrief: First watch, attempt 1' });
  await reopen.waitFor();
  await expect
    .poll(() => page.getByRole('img', { name: /^Score per attempt, 0 to 100, pass mark \d+: attempt 1 on / }).count())
    .toBe(1);
  await shot(page, 'aar-library');
  await reopen.click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await expect(page.getByLabel('Overall score').textContent()).resolves.toBe(overall);
  await page.getByLabel('Replay time').fill('200000');
  await expect.poll(() => page.locator('.replay').getAttribute('data-t')).toBe('200000');

  await page.getByRole('button', { name: 'Back to library' }).click();
  const picker = page.getByLabel('Open run file…');
  await picker.setInputFiles({
    name: 'first-watch-run.json',
    mimeType: 'application/json',
    buffer: Buffer.from(run.text),
  });
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await expect(page.getByLabel('Overall score').textContent()).resolves.toBe(overall);
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Opened first-watch-run.json');

  await page.getByRole('button', { name: 'Back to library' }).click();
  const other = JSON.stringify({ ...JSON.parse(run.text), scenarioHash: '0000000000000000' });
  await page
    .getByLabel('Open run file…')
    .setInputFiles({ name: 'old-run.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toMatch(/old-run\.json was recorded against a different version of “First watch”/);
  await expect.poll(() => page.getByRole('heading', { name: 'Scenario library' }).isVisible()).toBe(true);
  noErrors(errors);
});

test('statements go to the LRS; a failure is reported and kept for retry across a reload', {
  timeout: 180_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await page.getByText('Learning record store (xAPI)').click();
  await page.getByLabel('LRS endpoint').fill(lrs.endpoint);
  await page.getByLabel('LRS key (user)').fill('key');
  await page.getByLabel('LRS secret').fill('secret');
  await page.getByLabel('Learner name').fill('Sam');
  lrs.failing = true;
  await playFirstWatch(page);
  await expect.poll(() => page.locator('.lrs-status').textContent()).toMatch(/Sending failed: the LRS answered 503/);
  await expect(page.locator('.lrs-status').textContent()).resolves.toMatch(/1 run waiting to be sent/);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.reload();
  await page.getByText('Learning record store (xAPI)').click();
  await expect(page.getByLabel('Remember the secret on this computer').isChecked()).resolves.toBe(false);
  await expect(page.evaluate(() => localStorage.getItem('skywatch.lrs'))).resolves.toContain('"password":""');
  await expect(page.locator('.lrs [role=status]').textContent()).resolves.toMatch(
    /1 run waiting to be sent: the LRS answered 503/,
  );
  lrs.failing = false;
  await page.getByRole('button', { name: 'Retry sending' }).click();
  await expect.poll(() => lrs.received.length).toBe(1);
  await expect.poll(() => page.locator('.lrs [role=status]').textContent()).toMatch(/Sent 4 statements/);
  const [{ headers, statements }] = lrs.received;
  expect(headers.authorization).toBe(`Basic ${Buffer.from('key:secret').toString('base64')}`);
  expect(headers['x-experience-api-version']).toBe('1.0.3');
  expect(statements.map((s) => (s.verb as { id: string }).id.split('/').pop())).toEqual([
    'initialized',
    expect.stringMatching(/^(passed|failed)$/),
    'completed',
    'terminated',
  ]);
  expect((statements[0].actor as { name: string }).name).toBe('Sam');
  for (const s of statements) expect(validate(s)).toEqual([]);
  noErrors(errors.filter((e) => !e.includes('503')));
});

test("a real LRS (xapi-statements) stores each statement once, at the run's wall-clock times; Send again sends nothing", {
  timeout: 180_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await page.getByText('Learning record store (xAPI)').click();
  await page.getByLabel('LRS endpoint').fill(realLrs.endpoint);
  await page.getByLabel('LRS key (user)').fill('key');
  await page.getByLabel('LRS secret').fill('secret');
  await page.getByLabel('Learner name').fill('Ana Pérez');
  const before = Date.now();
  await playFirstWatch(page);
  const after = Date.now();
  await expect.poll(() => page.locator('.lrs-status').textContent()).toMatch(/Sent 4 statements to the LRS\./);
  const [first] = await realLrs.all();
  const registration = (first.context as { registration: string }).registration;
  const stored = await realLrs.statementsOf(registration);
  const verbs = stored.map((s) =>
    (s.verb as { id: string }).id
      .split('/')
      .pop()
      ?.replace(/^(passed|failed)$/, 'graded'),
  );
  expect(verbs.sort()).toEqual(['completed', 'graded', 'initialized', 'terminated']);
  expect(new Set(stored.map((s) => s.id)).size).toBe(4);
  for (const s of stored) {
    expect((s.actor as { name: string }).name).toBe('Ana Pérez');
    const at = Date.parse(String(s.timestamp));
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(after + 1000);
  }
  const graded = stored.find((s) => /passed|failed/.test((s.verb as { id: string }).id));
  const score = (graded?.result as { score: { raw: number; scaled: number } } | undefined)?.score ?? {
    raw: 0.5,
    scaled: 0,
  };
  expect(Number.isInteger(score.raw)).toBe(true);
  expect(score.scaled).toBe(score.raw / 100);
  const overall = Number(await page.getByLabel('Overall score').textContent());
  expect(score.raw).toBe(Math.round(overall));

  await page.getByRole('button', { name: 'Send to LRS' }).click();
  await expect
    .poll(() => page.locator('.lrs-status').textContent())
    .toMatch(/Nothing new was sent: the LRS already has all 4 statements\./);
  expect(await realLrs.all()).toHaveLength(4);
  noErrors(errors);
});
