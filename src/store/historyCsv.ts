/** Results history as CSV, and the score trend of a scenario over attempts. */
import { t } from '../i18n';
import { isoUtc } from '../scoring/xapi/ids';
import type { HistoryEntry } from './history';

/** The header row in the current language (the columns and their order never change). */
function header(): string[] {
  return [
    t('scoring:csv.finished_utc'),
    t('scoring:csv.scenario'),
    t('scoring:csv.title'),
    t('scoring:csv.attempt'),
    t('scoring:csv.overall'),
    t('scoring:csv.pass_mark'),
    t('scoring:csv.passed'),
    t('scoring:csv.seed'),
    t('scoring:csv.actions'),
    t('scoring:csv.scenario_hash'),
    t('scoring:csv.registration'),
  ];
}

/** A CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; quotes as needed. */
export function csvCell(value: string | number | boolean): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The history as CSV, headers in the current language (one row per run, oldest first, attempts numbered per scenario), CRLF line ends. */
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
  return `${[header().map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Scenario id → its runs' overall scores, oldest first. */
export function trends(entries: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const by = new Map<string, HistoryEntry[]>();
  for (const e of [...entries].sort((a, b) => a.finishedMs - b.finishedMs)) {
    by.set(e.scenario, [...(by.get(e.scenario) ?? []), e]);
  }
  return by;
}
