/**
 * A class in real Chromium: the classroom server (this branch's, embedded database in a temp folder, an
 * ephemeral port) serving the built app; the instructor console and three seats, each in its own browser
 * context, from joining to the class debrief. Also: a seat reloaded mid-class carries on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ClassServer, startClassServer } from './classServer';
import { noErrors, openPage, shot, useBrowser } from './helpers';

const browser = useBrowser();
let server: ClassServer | null = null;
let base = '';

beforeAll(async () => {
  server = await startClassServer('class');
  base = server.base;
});

afterAll(async () => {
  await server?.stop();
});

/** Opens the console and creates a class of First watch; returns the console page and the join code. */
async function createClass(): Promise<{ page: Page; code: string; errors: string[] }> {
  const { page, errors } = await openPage(browser(), `${base}/?classroom=instructor`);
  await page.getByLabel('Built-in scenario').selectOption('first-watch.json');
  await page.getByRole('button', { name: 'Create class' }).click();
  const code = page.getByLabel('Join code');
  await expect.poll(() => code.textContent()).toMatch(/^[A-Z2-9]{6}$/);
  return { page, code: (await code.textContent()) ?? '', errors };
}

/** A seat joins the class by its join address and a name. */
async function joinClass(code: string, name: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser(), `${base}/?join=${code}`);
  await expect.poll(() => page.getByLabel('Class code').inputValue()).toBe(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => page.getByText('Waiting for the instructor to start').count()).toBe(1);
  return { page, errors };
}

function seatRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: /^Trainees/ })
    .getByRole('row')
    .filter({ hasText: name });
}

test('the instructor runs a class of three to the class debrief', async () => {
  const ins = await createClass();
  await expect.poll(() => ins.page.getByRole('link', { name: `${base}/?join=${ins.code}` }).count()).toBe(1);
  const names = ['Ann', 'Bob', 'Cy'];
  const seats: { page: Page; errors: string[] }[] = [];
  for (const name of names) seats.push(await joinClass(ins.code, name));
  const trainees = ins.page.getByRole('table', { name: /^Trainees/ });
  await expect.poll(() => trainees.getByRole('row').count()).toBe(1 + names.length);

  // Before the start nothing can be done, and the seat is told why.
  await seats[2].page.getByRole('button', { name: 'Alert', exact: true }).click();
  await expect
    .poll(() => seats[2].page.getByText('Waiting for the instructor to start: nothing can be done yet.').count())
    .toBe(1);
  expect(await seats[2].page.getByRole('button', { name: 'Alert', pressed: true }).count()).toBe(0);

  await ins.page.getByRole('button', { name: 'Start', exact: true }).click();
  for (const s of seats) await expect.poll(() => s.page.getByText('Running with the class').count()).toBe(1);
  for (const s of seats) await expect.poll(() => s.page.locator('#map canvas').count()).toBe(1);
  await shot(seats[0].page, 'classroom-seat');
  // No speed, pause, skip or facilitator controls on a seat.
  for (const label of ['Pause', 'Skip to end', 'Leave', 'Facilitator view']) {
    expect(await seats[0].page.getByRole('button', { name: label, exact: true }).count()).toBe(0);
  }

  // Seats act: Ann goes to alert and marks a cell; Bob switches devices off. The console shows both.
  await seats[0].page.getByRole('button', { name: 'Alert', exact: true }).click();
  await expect.poll(() => seats[0].page.getByRole('button', { name: 'Alert', pressed: true }).count()).toBe(1);
  await seats[0].page.locator('#map').focus();
  await seats[0].page.keyboard.press('m');
  await expect.poll(() => seats[0].page.getByRole('list', { name: 'Tracks' }).getByRole('button').count()).toBe(1);
  await seats[1].page.getByRole('switch', { name: 'Personal devices and emitters on' }).click();
  await expect.poll(() => seatRow(ins.page, 'Ann').textContent()).toContain('alert');
  await expect.poll(() => seatRow(ins.page, 'Bob').textContent()).toContain('off');
  await expect
    .poll(() =>
      ins.page
        .getByRole('table', { name: /room’s picture/ })
        .getByRole('row')
        .count(),
    )
    .toBeGreaterThan(1);

  await ins.page.getByRole('button', { name: 'Pause everyone' }).click();
  for (const s of seats) await expect.poll(() => s.page.getByText('Paused by the instructor').count()).toBe(1);
  await ins.page.getByRole('button', { name: 'Resume everyone' }).click();
  for (const s of seats) await expect.poll(() => s.page.getByText('Running with the class').count()).toBe(1);
  await shot(ins.page, 'classroom-console');

  await ins.page.getByRole('button', { name: 'End class' }).click();
  await ins.page.getByRole('button', { name: 'Yes, end the class' }).click();
  for (const s of seats) {
    await expect.poll(() => s.page.getByRole('heading', { name: 'Debrief: First watch' }).count()).toBe(1);
  }
  await expect.poll(() => ins.page.getByRole('heading', { name: 'Class debrief: First watch' }).count()).toBe(1);
  const table = ins.page.getByRole('table', { name: 'Trainees' });
  for (const [i, name] of names.entries()) {
    const own = await seats[i].page.getByLabel('Overall score').textContent();
    await expect.poll(() => table.getByRole('row').filter({ hasText: name }).textContent()).toContain(`${own} / 100`);
  }
  const ratings = ins.page.getByRole('table', { name: /Ratings per objective/ });
  expect(await ratings.getByRole('row').count()).toBeGreaterThan(1);
  expect(await ins.page.getByRole('heading', { name: 'Commonest misses' }).count()).toBe(1);
  await shot(ins.page, 'classroom-debrief');

  // A trainee's own debrief and replay, from the class debrief, and back.
  await ins.page.getByRole('button', { name: 'Debrief and replay of Ann' }).click();
  await expect.poll(() => ins.page.getByRole('heading', { name: 'Debrief: First watch' }).count()).toBe(1);
  expect(await ins.page.getByLabel('Overall score').textContent()).toBe(
    await seats[0].page.getByLabel('Overall score').textContent(),
  );
  await ins.page.getByRole('button', { name: 'Back to the class debrief' }).click();
  await expect.poll(() => ins.page.getByRole('heading', { name: 'Class debrief: First watch' }).count()).toBe(1);

  // The class CSV has a row per trainee.
  const [csv] = await Promise.all([
    ins.page.waitForEvent('download'),
    ins.page.getByRole('button', { name: 'Class results (CSV)' }).click(),
  ]);
  const text = await new Response((await csv.createReadStream()) as unknown as ReadableStream).text();
  expect(text.trim().split('\r\n')).toHaveLength(1 + names.length);
  noErrors(ins.errors);
  for (const s of seats) noErrors(s.errors);
});

test('a seat (and the console) reloaded mid-class carries on from the server’s record', async () => {
  const ins = await createClass();
  const seat = await joinClass(ins.code, 'Dee');
  await ins.page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(() => seat.page.getByText('Running with the class').count()).toBe(1);
  await seat.page.getByRole('button', { name: 'Take cover', exact: true }).click();
  const cover = () => seat.page.getByRole('button', { name: 'Take cover', pressed: true }).count();
  await expect.poll(cover).toBe(1);
  const clock = async () => (await seat.page.getByLabel('Clock').textContent()) ?? '';
  await expect.poll(clock).not.toBe('06:00:00');
  const before = await clock();

  await seat.page.reload();
  await expect.poll(() => seat.page.getByText('Running with the class').count()).toBe(1);
  await expect.poll(cover).toBe(1);
  await expect.poll(async () => (await clock()) > before).toBe(true);
  await expect.poll(() => seatRow(ins.page, 'Dee').textContent()).toContain('yes');
  expect(
    await ins.page
      .getByRole('table', { name: /^Trainees/ })
      .getByRole('row')
      .count(),
  ).toBe(2);

  // A reload of the console keeps control of the class.
  await ins.page.reload();
  await expect.poll(() => ins.page.getByLabel('Join code').textContent()).toBe(ins.code);
  await ins.page.getByRole('button', { name: 'Pause everyone' }).click();
  await expect.poll(() => seat.page.getByText('Paused by the instructor').count()).toBe(1);
  noErrors(seat.errors);
  noErrors(ins.errors);
});

test('problems and wrong codes are told plainly; an optional inject reaches every seat', async () => {
  const { page, errors } = await openPage(browser(), `${base}/?classroom=instructor`);
  await page.locator('#class-file').setInputFiles('test/fixtures/browser/broken.json');
  const problems = page.getByRole('alert').filter({ has: page.locator('code') });
  await expect.poll(() => problems.count()).toBe(1);
  expect(await problems.textContent()).toMatch(/scenario:\d+:\d+ \//);

  const stray = await openPage(browser(), `${base}/?join=AAAAAA`);
  await stray.page.getByLabel('Your name').fill('Eve');
  await stray.page.getByRole('button', { name: 'Join' }).click();
  await expect
    .poll(() => stray.page.getByRole('alert').textContent())
    .toBe('No class with code AAAAAA — check the code with your instructor.');

  await page.getByLabel('Built-in scenario').selectOption('full-shift.json');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect.poll(() => page.getByLabel('Join code').textContent()).toMatch(/^[A-Z2-9]{6}$/);
  const seat = await joinClass((await page.getByLabel('Join code').textContent()) ?? '', 'Fay');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(() => seat.page.getByText('Running with the class').count()).toBe(1);
  await page.getByRole('button', { name: 'Fire status-check' }).click();
  await expect
    .poll(() =>
      seat.page
        .getByRole('list', { name: 'Message log' })
        .getByText(/Give me a quick picture/)
        .count(),
    )
    .toBe(1);
  // The browser logs the refused file's 400 answer; nothing else may go wrong.
  noErrors(errors.filter((e) => !e.includes('status of 400')));
  noErrors(seat.errors);
});
