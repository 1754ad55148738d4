/** The authoring studio: build a scenario from an empty map, check it, play it, save and reopen it; comments survive; drafts come back. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { parseCell } from '../../src/scenario/grid';
import { hashScenario, parseScenario } from '../../src/scenario/index';
import { noErrors, openPage, SIZES, shot, useBrowser } from './helpers';

const browser = useBrowser();

/** The centre of a cell ("D4") on the studio's map canvas, in page coordinates. */
async function cellPoint(page: Page, ref: string): Promise<{ x: number; y: number }> {
  const cell = parseCell(ref);
  if (!cell) throw new Error(`bad cell ${ref}`);
  const map = page.locator('canvas.studio-map');
  const box = await map.boundingBox();
  const size = Number(await map.getAttribute('data-cell-size'));
  const margin = Number(await map.getAttribute('data-margin'));
  if (!box || !size) throw new Error('no studio map');
  return { x: box.x + margin + (cell.c + 0.5) * size, y: box.y + margin + (cell.r + 0.5) * size };
}

async function clickCell(page: Page, ref: string): Promise<void> {
  const p = await cellPoint(page, ref);
  await page.mouse.click(p.x, p.y);
}

async function dragCells(page: Page, from: string, to: string): Promise<void> {
  const a = await cellPoint(page, from);
  const b = await cellPoint(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

async function tool(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('radio', { name, exact: true }).check();
}

/** Saves through the Save button and returns the downloaded file's name and text. */
async function save(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const summary = (page: Page) => page.locator('.checks-summary');
const scores = (page: Page) => page.getByLabel('Policy scores');

test('builds a scenario from an empty map, checks it, plays it, saves it and reopens it the same', {
  timeout: 180_000,
}, async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByLabel('Start from').selectOption('12x8');
  await page.getByRole('button', { name: 'New scenario' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();

  await page.getByLabel('Terrain to paint').selectOption('~');
  await dragCells(page, 'A1', 'D1');
  await tool(page, 'Post');
  await clickCell(page, 'F7');
  await tool(page, 'Perimeter');
  await dragCells(page, 'H8', 'E6');
  await tool(page, 'Sector');
  await dragCells(page, 'A1', 'D4');
  await tool(page, 'Team');
  await clickCell(page, 'G7');

  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add drone' }).click();
  await tool(page, 'Path');
  for (const ref of ['C1', 'F3', 'F5', 'L2']) await clickCell(page, ref);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect.poll(() => page.getByLabel(/^Cell of waypoint \d of drone1$/).count()).toBe(5);
  await page.getByLabel('Activity of waypoint 3 of drone1').selectOption('loitering');

  await page.getByRole('tab', { name: 'Injects' }).click();
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('button', { name: 'Add probe' }).click();
  await page.getByLabel('Choices of probe1').waitFor();
  await expect.poll(() => page.getByLabel(/^Text of (msg|probe)/).count()).toBe(2);

  await page.getByRole('tab', { name: 'Objectives' }).click();
  await page.getByRole('button', { name: 'Add objective: Detect' }).click();
  await page.getByRole('button', { name: 'Add objective: Report' }).click();
  await page.getByRole('button', { name: 'Add objective: Probes' }).click();
  await expect.poll(() => page.getByLabel(/^Rule of /).count()).toBe(4);
  await shot(page, 'studio-01-built');

  // A waypoint out of time order is a problem with a place: it is marked on the map, and undo takes it away.
  const map = page.locator('canvas.studio-map');
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByLabel('Time of waypoint 4 of drone1').fill('0:10');
  await page.getByLabel('Time of waypoint 4 of drone1').press('Enter');
  await expect.poll(() => summary(page).getAttribute('data-kind')).toBe('error');
  await expect.poll(() => map.getAttribute('data-marks')).toContain('F5');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => summary(page).getAttribute('data-kind')).not.toBe('error');
  await expect.poll(() => map.getAttribute('data-marks')).toBe('');

  // A problem appears where the text is broken and goes away when it is mended.
  await expect.poll(() => summary(page).getAttribute('data-kind')).not.toBe('error');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('x');
  await expect.poll(() => summary(page).textContent()).toMatch(/1 error/);
  await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByRole('list', { name: 'Problems' }).textContent()).resolves.toMatch(/^1:1 /);
  await shot(page, 'studio-02-problem');
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Delete');
  await expect.poll(() => summary(page).getAttribute('data-kind')).not.toBe('error');

  // The policies' scores come from the playtest worker.
  await expect
    .poll(() => scores(page).textContent(), { timeout: 20_000 })
    .toMatch(/perfect \d+ · observer \d+ · guesser \d+ · idle \d+/);
  await shot(page, 'studio-03-checks');

  const saved = await save(page);
  expect(saved.name).toBe('new-scenario.json');
  const parsed = parseScenario(saved.text);
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  const s = parsed.value;
  expect(s.map.terrain[0].slice(0, 5)).toEqual(['~', '~', '~', '~', '.']);
  expect(s.post.cell).toEqual({ c: 5, r: 6 });
  expect(s.map.perimeter.flatMap((row, r) => row.flatMap((inside, c) => (inside ? [`${c},${r}`] : []))).length).toBe(
    12,
  );
  expect(s.map.perimeter[5][4] && s.map.perimeter[7][7]).toBe(true);
  expect(s.sectors.map((x) => [x.name, x.cells.length])).toEqual([['Sector 1', 16]]);
  expect(s.team.map((t) => t.cell)).toEqual([{ c: 6, r: 6 }]);
  const drone = s.contacts.find((c) => c.id === 'drone1');
  expect(drone?.path.map((w) => w.cell)).toEqual([
    { c: 0, r: 0 },
    { c: 2, r: 0 },
    { c: 5, r: 2 },
    { c: 5, r: 4 },
    { c: 11, r: 1 },
  ]);
  expect(drone?.path[2].activity).toBe('loitering');
  expect(s.injects.map((i) => i.type).sort()).toEqual(['message', 'probe']);
  expect(s.objectives.map((o) => o.rule.type)).toEqual(['falseReports', 'detect', 'report', 'probes']);
  expect(saved.text).toContain('// A new scenario.');

  await page.getByRole('button', { name: 'Play from here' }).click();
  await page.getByRole('heading', { name: 'New scenario', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.getByRole('button', { name: 'Back to the studio' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  await page.getByRole('button', { name: 'Facilitator preview' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('list', { name: 'Ground truth' }).waitFor();
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await page.getByRole('button', { name: 'Leave the run' }).click();
  await page.getByRole('button', { name: /Edit a scenario file/ }).waitFor();

  await page
    .locator('#studio-file')
    .setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  const again = await save(page);
  expect(again.text).toBe(saved.text);
  expect(hashScenario(again.text)).toBe(hashScenario(saved.text));
  noErrors(errors);
});

test('the text editor completes keys from the schema and explains them on hover', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByRole('button', { name: 'New scenario' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  await page.locator('.cm-line', { hasText: '"id": "new-scenario"' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"te');
  const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'team' });
  await option.waitFor();
  await page.waitForTimeout(150); // CodeMirror ignores Enter for 75 ms after the list opens
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.cm-line', { hasText: '"team"' }).count()).toBe(1);
  const terrain = page.locator('.cm-line', { hasText: '"terrain"' });
  const box = await terrain.boundingBox();
  if (!box) throw new Error('no terrain line');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await expect
    .poll(() => page.locator('.studio-hover').textContent())
    .toMatch(/One string per row, one character per cell: \. open/);
  await shot(page, 'studio-04-hover');
  noErrors(errors);
});

test('an edit from the map keeps a built-in scenario’s comments and layout', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  const original = readFileSync('assets/scenarios/first-watch.json', 'utf8');
  await page.getByRole('button', { name: 'Edit in the studio: First watch' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  await page.getByLabel('Terrain to paint').selectOption('#');
  await clickCell(page, 'B2');
  // The keyboard does the same: the cursor is on B2; right arrow, then Enter paints C2.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.studio-map-readout').textContent()).toMatch(/^C2: structure/);
  const saved = await save(page);
  expect(saved.name).toBe('first-watch.json');
  expect(saved.text).toBe(original.replace('"............",\n      "..**', '".##.........",\n      "..**'));
  const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('//'));
  expect(comments(saved.text)).toEqual(comments(original));
  expect(comments(original).length).toBeGreaterThan(0);
  noErrors(errors);
});

test('a reload in the middle of an edit offers the draft again', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  await page.getByRole('button', { name: 'New scenario' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  await page.getByLabel('Terrain to paint').selectOption('^');
  await dragCells(page, 'A8', 'C8');
  await page.waitForTimeout(1200);
  await page.reload();
  await page.getByRole('button', { name: 'Continue editing: New scenario' }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  const saved = await save(page);
  expect(saved.text).toContain('"^^^........."');
  noErrors(errors);
});

test('a file that did not load can be fixed in the studio, and an opened file edited from its briefing', async () => {
  const { page, errors } = await openPage(browser(), inject('appUrl'));
  const good = readFileSync('assets/scenarios/first-watch.json', 'utf8');
  const broken = good.replace('"post": { "cell": "F7"', '"post": { "cell": "F0"');
  await page
    .locator('#scenario-file')
    .setInputFiles({ name: 'dawn.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Fix it in the studio' }).click();
  await expect.poll(() => summary(page).textContent()).toMatch(/^1 error/);
  await page.getByRole('tab', { name: 'Checks' }).click();
  await page
    .getByRole('button', { name: /\/post\/cell|F0/ })
    .first()
    .waitFor();
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('radio', { name: 'Post', exact: true }).check();
  await clickCell(page, 'F7');
  await expect.poll(() => summary(page).getAttribute('data-kind')).not.toBe('error');
  const saved = await save(page);
  expect(saved.name).toBe('dawn.json');
  expect(saved.text).toBe(good);
  await page.getByRole('button', { name: 'Close' }).click();
  await page
    .locator('#scenario-file')
    .setInputFiles({ name: 'dawn.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Edit in the studio', exact: true }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor();
  noErrors(errors);
});

for (const size of SIZES) {
  test(`the studio fits ${size.width}×${size.height}`, async () => {
    const { page, errors } = await openPage(browser(), inject('appUrl'), size);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.getByRole('button', { name: 'New scenario' }).waitFor();
    expect(loaded.filter((u) => /studio-vendor|mount-/.test(u))).toEqual([]);
    await shot(page, 'studio-00-library');
    await page.getByRole('button', { name: 'Edit in the studio: River at dusk' }).click();
    await page.getByRole('tab', { name: 'Map' }).waitFor();
    await expect.poll(() => scores(page).textContent(), { timeout: 20_000 }).toMatch(/perfect \d+/);
    await page.getByRole('slider', { name: 'Scenario time' }).fill('240');
    await shot(page, 'studio-10-map');
    for (const tab of ['Contacts', 'Injects', 'Objectives', 'Briefing', 'Checks']) {
      await page.getByRole('tab', { name: tab }).click();
      await shot(page, `studio-11-${tab.toLowerCase()}`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    noErrors(errors);
  });
}
