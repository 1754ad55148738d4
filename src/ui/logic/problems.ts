/** Scenario problems as one line each, the way the CLI prints them: FILE:LINE:COL /pointer message. */
import type { Problem } from '../../scenario/result';

/** The CLI's line for one problem in a named file. */
export function problemLine(file: string, p: Problem): string {
  const warning = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.column} ${p.pointer || '/'} ${warning}${p.message}`;
}
