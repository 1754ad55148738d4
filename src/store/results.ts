/** The trainee's past results, kept in local storage for the library. */

export interface PastResult {
  scenario: string;
  title: string;
  overall: number;
  passed: boolean;
  /** ISO date-time the run was scored. */
  at: string;
}

export const RESULTS_KEY = 'skywatch.results';
const KEEP = 50;

function isResult(v: unknown): v is PastResult {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.scenario === 'string' &&
    typeof r.title === 'string' &&
    typeof r.overall === 'number' &&
    typeof r.passed === 'boolean' &&
    typeof r.at === 'string'
  );
}

/** Past results from stored text, newest first; unreadable entries are skipped. */
export function parseResults(text: string | null): PastResult[] {
  if (text === null) return [];
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? data.filter(isResult) : [];
  } catch {
    return [];
  }
}

/** The list with a new result in front, capped to the most recent ones. */
export function addResult(list: readonly PastResult[], result: PastResult): PastResult[] {
  return [result, ...list].slice(0, KEEP);
}
