/** Results history as CSV, and the score trend of a scenario over attempts. */
import { isoUtc } from '../scoring/xapi/ids';
import type { HistoryEntry } from './history';

const COLUMNS = [
  'finished_utc',
  'scenario',
  'title',
  'attempt',
  'overall',
  'pass_mark',
  'passed',
  'seed',
  'actions',
  'scenario_hash',
  'registration',
] as const;

/** A CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; quotes as needed. */
export function csvCell(value: string | number | boolean): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The history as CSV (one row per run, oldest first, attempts numbered per scenario), CRLF line ends. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const attempts = new Map<string, number>();
  const rows = [...entries]
    .sort((a, b) => a.finishedMs - b.finishedMs)
    .map((e) => {
      const n = (attempts.get(e.scenario) ?? 0) + 1;
      attempts.set(e.scenario, n);
      return [
        isoUtc(e.finishedMs),
        e.scenario,
        e.title,
        n,
        e.overall,
        e.passMark,
        e.passed,
        e.record.seed,
        e.record.actions.length,
        e.scenarioHash,
        e.id,
      ]
        .map(csvCell)
        .join(',');
    });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Scenario id → its runs' overall scores, oldest first. */
export function trends(entries: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const by = new Map<string, HistoryEntry[]>();
  for (const e of [...entries].sort((a, b) => a.finishedMs - b.finishedMs)) {
    by.set(e.scenario, [...(by.get(e.scenario) ?? []), e]);
  }
  return by;
}
