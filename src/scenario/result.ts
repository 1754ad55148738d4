/** Results and problems: parsing never throws, it returns one of these. */

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** One thing wrong (or worth a warning) in an input file, with where it is and how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. "unknown-contact". */
  code: string;
  /** JSON pointer to the offending value ("" for the whole document); null for a syntax error, which has no value. */
  pointer: string | null;
  /** 1-based line and column of the offending value in the source text. */
  line: number;
  column: number;
  /** Says what is wrong and how to fix it. */
  message: string;
}

/**
 * One line for a problem, the same in the CLI and the browser: `FILE:LINE:COL /pointer message`
 * (warnings say so); a syntax error has no pointer: `FILE:LINE:COL message`.
 */
export function formatProblem(file: string, p: Problem): string {
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  const pointer = p.pointer === null ? '' : `${p.pointer || '/'} `;
  return `${file}:${p.line}:${p.column} ${pointer}${severity}${p.message}`;
}
