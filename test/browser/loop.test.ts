/** The play loop's rough edges (issue 8): keys, classification, report form, HUD, leaving, skipping, words. */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { noErrors, openPage, shot, useBrowser, waitForTime } from './helpers';

const browser = useBrowser();

async function start(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Open briefing: ${title}` }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Clock').waitFor();
}

/** Plays First watch until T1 is marked and selected, paused. */
async function markFirstDrone(page: Page): Promise<void> {
  await start(page, 'First watch');
  await page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' }).click();
  await waitForTime(page, '06:00', 190);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.keyboard.press('i');
  await page.keyboard.press('m');
  await page.getByRole('button', { name: /^Track T1/, pressed: true }).waitFor();
}

test('Space on the debrief does not restart the run; its strengths are short summaries', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  await start(page, 'First watch');
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.not.toBe('Play again');
  await page.keyboard.press(' ');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  await expect(page.getByRole('heading', { name: 'Debrief: First watch' }).count()).resolves.toBe(1);
  await expect(page.getByLabel('Clock', { exact: true }).count()).resolves.toBe(0);
  const strengths = page.getByRole('region', { name: 'Strengths' }).getByRole('listitem');
  await expect(strengths.allTextContents()).resolves.toContain('Sent no false reports');
  noErrors(errors);
});

test('Space pauses and resumes after mouse clicks on buttons', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=8`);
  await start(page, 'First watch');
  const north = page.getByRole('group', { name: 'Focus sector' }).getByRole('button', { name: 'North' });
  await north.click();
  await page.keyboard.press(' ');
  await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  await expect(north.getAttribute('aria-pressed')).resolves.toBe('true');
  await page.getByRole('button', { name: 'Speed 2×' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
  await page.keyboard.press(' ');
  await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.keyboard.press(' ');
  await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  noErrors(errors);
});

test('C then a choice in the classification list applies it; Enter applies it too', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=24`);
  await markFirstDrone(page);
  await page.keyboard.press('c');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('classify-select');
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('button', { name: /^Track T1: Suspicious drone/ }).count()).toBe(1);
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('classify-select');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('button', { name: /^Track T1: Unknown drone/ }).count()).toBe(1);
  noErrors(errors);
});

test('the HUD shows the real speed with ?speed=N, and the speed in use stays highlighted after a resume', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=4`);
  await start(page, 'First watch');
  await expect.poll(() => page.locator('.hud .status').textContent()).toBe('Running 4×');
  await page.keyboard.press('2');
  await expect.poll(() => page.locator('.hud .status').textContent()).toBe('Running 8×');
  await page.waitForTimeout(1500);
  await page.reload();
  await page.getByRole('button', { name: 'Resume run' }).click();
  await page.getByLabel('Clock', { exact: true }).waitFor();
  await expect.poll(() => page.locator('.hud .status').textContent()).toBe('Paused (at 4×)');
  await expect(page.getByRole('button', { name: 'Speed 1×' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(page.getByRole('button', { name: 'Speed 2×' }).getAttribute('aria-pressed')).resolves.toBe('false');
  noErrors(errors);
});

test('Leave asks before leaving a running run, says it stays saved, and Keep playing carries on', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=8`);
  await start(page, 'First watch');
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  const ask = page.getByRole('alertdialog', { name: 'Leave this run?' });
  await ask.waitFor();
  await expect(ask.textContent()).resolves.toContain('stays saved');
  await expect(page.locator('.hud .status').textContent()).resolves.toMatch(/^Paused/);
  await page.keyboard.press('Escape');
  await expect.poll(() => ask.count()).toBe(0);
  await expect.poll(() => page.locator('.hud .status').textContent()).toMatch(/^Running/);
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await ask.getByRole('button', { name: 'Leave the run' }).click();
  await page.getByRole('button', { name: 'Open briefing: First watch' }).waitFor();
  noErrors(errors);
});

test('Skip to end asks each probe on the way and carries on to the debrief after each answer', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=8`);
  await start(page, 'River at dusk');
  await page.getByRole('button', { name: 'Skip to end' }).click();
  const first = page.getByRole('dialog', { name: /How many air contacts/ });
  await first.waitFor();
  await expect(first.textContent()).resolves.toContain('carries on after your answer');
  await first.getByLabel('1', { exact: true }).check();
  await first.getByRole('button', { name: 'Answer' }).click();
  const second = page.getByRole('dialog', { name: /Which way is the newest drone heading/ });
  await second.waitFor();
  await second.getByLabel('North', { exact: true }).check();
  await second.getByRole('button', { name: 'Answer' }).click();
  await page.getByRole('heading', { name: 'Debrief: River at dusk' }).waitFor();
  const probes = page.getByRole('region', { name: 'Situational awareness probes' });
  await expect(probes.textContent()).resolves.toContain('You answered 1');
  await expect(probes.textContent()).resolves.toContain('You answered North');
  noErrors(errors);
});

test('a new message stays in view while the report form is open; sending closes the form and says delivered', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=16`, { width: 1024, height: 640 });
  await markFirstDrone(page);
  await page.getByRole('button', { name: 'Report T1…' }).click();
  const form = page.getByRole('form', { name: /^Report T1/ });
  await form.waitFor();
  await page.getByRole('button', { name: 'Resume' }).click();
  await waitForTime(page, '06:00', 275);
  const chase = page.getByRole('list', { name: 'Message log' }).getByText(/Have you seen anything\? Report now/);
  await chase.waitFor();
  const onTop = await chase.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && el.contains(top);
  });
  expect(onTop).toBe(true);
  await expect(page.locator('.announcer').textContent()).resolves.toMatch(
    /New message from Command: [^.]*\. Have you seen anything\?/,
  );
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect.poll(() => form.count()).toBe(0);
  await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/^Report on T1: Delivered on /);
  await expect(page.getByRole('list', { name: 'Reports filed' }).textContent()).resolves.toContain('T1 on primary');
  noErrors(errors);
});

const CODES =
  /suspicious-uas|unknown-uas|possible-operator|suspicious-activity|none-seen|not-seen|object-attached|operatorLocation|timeFirstSeen|timeLastSeen|lightColor|\bNEU\b|\bSUS\b|\bUNK\b|\bHOS\b/;

test('plain words in the track list, report form, facilitator view and debrief; option values stay codes', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=24`);
  await markFirstDrone(page);
  await page.getByLabel('Classification of T1').selectOption('suspicious-uas');
  const track = page.getByRole('list', { name: 'Tracks' }).getByRole('button', { name: /^Track T1/ });
  await expect.poll(() => track.textContent()).toMatch(/^T1 Suspicious drone · /);
  await page.keyboard.press('g');
  await page.getByRole('button', { name: 'Report T1…' }).click();
  const form = page.getByRole('form', { name: /^Report T1/ });
  const payload = form.getByLabel('Payload');
  await expect(payload.locator('option').allTextContents()).resolves.toEqual([
    '—',
    'None seen',
    'Object attached',
    'Unknown',
  ]);
  await expect(payload.locator('option').nth(1).getAttribute('value')).resolves.toBe('none-seen');
  await expect(form.getByLabel('Operator location').inputValue()).resolves.not.toMatch(CODES);
  await expect(page.evaluate(() => document.body.textContent)).resolves.not.toMatch(CODES);
  await form.getByLabel('Operator location').fill('not seen');
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect.poll(() => form.count()).toBe(0);
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  const fields = page.getByRole('table', { name: 'Report accuracy by field' });
  await expect(fields.textContent()).resolves.toContain('Operator location');
  await expect(page.evaluate(() => document.body.textContent)).resolves.not.toMatch(CODES);
  noErrors(errors);
});

test('the results trend has a labelled score axis, the pass mark and numbered attempts', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=32`);
  for (let i = 0; i < 2; i++) {
    await start(page, 'First watch');
    await page.getByRole('button', { name: 'Skip to end' }).click();
    await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
    await page.getByRole('button', { name: 'Back to library' }).click();
  }
  const chart = page.locator('svg.trend');
  await chart.scrollIntoViewIfNeeded();
  await shot(page, '09-library-trend');
  const texts = await chart.locator('text').allTextContents();
  expect(texts).toEqual(expect.arrayContaining(['0', '50', '100', '#1', '#2']));
  expect(texts.some((t) => /^pass \d+$/.test(t))).toBe(true);
  expect(texts.some((t) => t.startsWith('Attempts, '))).toBe(true);
  const box = await chart.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(250);
  expect(box?.height).toBeGreaterThanOrEqual(90);
  await expect(chart.getAttribute('aria-label')).resolves.toMatch(
    /^Score per attempt, 0 to 100, pass mark \d+: attempt 1 on /,
  );
  noErrors(errors);
});

/** Boxes (in the SVG's own units) of its text labels that stick out of its view box. */
async function clippedLabels(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((svgs) =>
    svgs.flatMap((el) => {
      const svgEl = el as SVGSVGElement;
      const vb = svgEl.viewBox.baseVal;
      return Array.from(svgEl.querySelectorAll('text'))
        .filter((t) => {
          const b = t.getBBox();
          return (
            b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5
          );
        })
        .map((t) => t.textContent ?? '');
    }),
  );
}

test('at 1024×640: one HUD row, every report field reachable and uncut, map labels inside their maps, replay labels apart', {
  timeout: 120_000,
}, async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?speed=24`, { width: 1024, height: 640 });
  await page.getByRole('button', { name: 'Open briefing: River at dusk' }).click();
  await expect(clippedLabels(page, 'svg.map-preview')).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await markFirstDrone(page);
  const hud = await page.locator('.hud').boundingBox();
  expect(hud?.height).toBeLessThan(60);
  await page.getByRole('button', { name: 'Report T1…' }).click();
  const form = page.getByRole('form', { name: /^Report T1/ });
  await form.waitFor();
  const uncovered = await form.evaluate((f) => {
    return Array.from(f.querySelectorAll<HTMLElement>('.fields input, .fields select')).map((c) => {
      c.scrollIntoView({ block: 'nearest' });
      const r = c.getBoundingClientRect();
      return [c.id, document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === c];
    });
  });
  await shot(page, '10-report-form-bottom');
  expect(uncovered.filter(([, ok]) => !ok)).toEqual([]);
  const cut = await form.evaluate((f) => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return ['no canvas'];
    return Array.from(f.querySelectorAll('select')).flatMap((sel) => {
      const style = getComputedStyle(sel);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const room = sel.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 18;
      return Array.from(sel.options)
        .filter((o) => ctx.measureText(o.text).width > room)
        .map((o) => `${sel.id}: ${o.text}`);
    });
  });
  expect(cut).toEqual([]);
  await form.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Skip to end' }).click();
  await page.getByRole('heading', { name: 'Debrief: First watch' }).waitFor();
  await expect(clippedLabels(page, '.replay svg.map-preview')).resolves.toEqual([]);
  for (const t of [185_000, 200_000, 240_000]) {
    await page.getByLabel('Replay time').fill(String(t));
    await expect.poll(() => page.locator('.replay').getAttribute('data-t')).toBe(String(t));
    const overlaps = await page
      .locator('.replay-fig')
      .first()
      .evaluate((fig) => {
        const boxes = Array.from(fig.querySelectorAll('.replay-label')).map((l) => l.getBoundingClientRect());
        return boxes.filter((a, i) =>
          boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
        ).length;
      });
    expect(overlaps).toBe(0);
  }
  await expect(clippedLabels(page, '.replay svg.map-preview')).resolves.toEqual([]);
  noErrors(errors);
});
