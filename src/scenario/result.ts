/** Results and problems: parsing never throws, it returns one of these. */

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** One thing wrong (or worth a warning) in an input file, with where it is and how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. "unknown-contact". */
  code: string;
  /** JSON pointer to the offending value ("" for the whole document). */
  pointer: string;
  /** 1-based line and column of the offending value in the source text. */
  line: number;
  column: number;
  /** Says what is wrong and how to fix it. */
  message: string;
}

/** One line for a problem, the same in the CLI and the browser: `FILE:LINE:COL /pointer message` (warnings say so). */
export function formatProblem(file: string, p: Problem): string {
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.column} ${p.pointer || '/'} ${severity}${p.message}`;
}
