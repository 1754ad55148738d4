import { expect, test } from 'vitest';
import type { HistoryEntry } from '../../../src/store/history';
import { historyCsv, trends } from '../../../src/store/historyCsv';

function entry(scenario: string, title: string, overall: number, finishedMs: number): HistoryEntry {
  return {
    id: `id-${finishedMs}`,
    scenario,
    title,
    scenarioHash: 'h1',
    source: { kind: 'builtin', id: scenario },
    record: { scenario, scenarioHash: 'h1', seed: 7, actions: [] },
    overall,
    passed: overall >= 70,
    passMark: 70,
    startedMs: finishedMs - 60_000,
    finishedMs,
  };
}

const T = Date.UTC(2026, 10, 24, 12, 0, 0);
const ENTRIES = [
  entry('river-dusk', 'River at dusk', 48.5, T + 3000),
  entry('first-watch', 'First watch', 16.7, T),
  entry('first-watch', 'First watch, "again"', 81, T + 2000),
];

test('CSV: header, one row per run oldest first, attempts per scenario, quoting, UTC times', () => {
  const lines = historyCsv(ENTRIES).split('\r\n');
  expect(lines[0]).toBe(
    'finished_utc,scenario,title,attempt,overall,pass_mark,passed,seed,actions,scenario_hash,registration',
  );
  expect(lines.slice(1, 4)).toEqual([
    `2026-11-24T12:00:00.000Z,first-watch,First watch,1,16.7,70,false,7,0,h1,id-${T}`,
    `2026-11-24T12:00:02.000Z,first-watch,"First watch, ""again""",2,81,70,true,7,0,h1,id-${T + 2000}`,
    `2026-11-24T12:00:03.000Z,river-dusk,River at dusk,1,48.5,70,false,7,0,h1,id-${T + 3000}`,
  ]);
  expect(lines[4]).toBe('');
});

test('CSV cells that a spreadsheet would run as a formula are defused', () => {
  const csv = historyCsv([entry('x', '=HYPERLINK("a")', 50, T)]);
  expect(csv).toContain(`,"'=HYPERLINK(""a"")",`);
});

test('trends group runs by scenario, oldest first', () => {
  const t = trends(ENTRIES);
  expect([...t.keys()]).toEqual(['first-watch', 'river-dusk']);
  expect(t.get('first-watch')?.map((e) => e.overall)).toEqual([16.7, 81]);
});
