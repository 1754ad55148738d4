/** Findings: problems before they are placed in the text (a path instead of a line and column). */

/** A path into the parsed document: property names and array indices. */
export type Path = readonly (string | number)[];

/** One problem found in the parsed data, located later from its path. */
export interface Finding {
  severity: 'error' | 'warning';
  code: string;
  path: Path;
  message: string;
  /** Point at the property's name rather than its value (unknown and duplicate fields). */
  atKey?: boolean;
  /** Point at this character inside a string value (e.g. one terrain code). */
  char?: number;
  /** Place by this offset in the text instead of the path (syntax errors). */
  offset?: number;
  /** About the text itself, not a value in it (a syntax error): the problem gets no JSON pointer. */
  inText?: boolean;
}

/** An error finding. */
export function error(code: string, path: Path, message: string, extra: Partial<Finding> = {}): Finding {
  return { severity: 'error', code, path, message, ...extra };
}

/** A warning finding. */
export function warning(code: string, path: Path, message: string, extra: Partial<Finding> = {}): Finding {
  return { severity: 'warning', code, path, message, ...extra };
}

/** The RFC 6901 JSON pointer for a path ("" is the whole document). */
export function toPointer(path: Path): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
