/** The layout of a JSON text: its indentation unit and line ending, and values rendered to match. */

/** How a file is laid out: one indentation step and the line ending. */
export interface TextStyle {
  indent: string;
  eol: string;
}

/** Lines longer than this are broken when a value is written (unless its neighbours are longer). */
export const LINE_WIDTH = 120;

/** The file's indentation step (from its first indented line that starts a field or item) and line ending. */
export function detectStyle(text: string): TextStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)["{[\d\-tfn]/.exec(text);
  const indent = m ? (m[1].startsWith('\t') ? '\t' : m[1]) : '  ';
  return { indent, eol };
}

/** A value on one line: `{ "a": 1, "b": [1, 2] }`. */
export function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A value written at a line indented by `base`: on one line when it fits, else one field or item
 * per line (each of them again on one line when it fits). `expand` forces the outer value onto several lines;
 * `width` is the longest line the outer value may make.
 */
export function render(value: unknown, style: TextStyle, base: string, expand = false, width = LINE_WIDTH): string {
  const one = compact(value);
  const isContainer = value !== null && typeof value === 'object';
  if (!isContainer || ((!expand || one.length <= 2) && base.length + one.length <= width)) return one;
  const inner = base + style.indent;
  const lines = Array.isArray(value)
    ? value.map((v) => inner + render(v, style, inner))
    : Object.entries(value as object)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, style, inner)}`);
  if (lines.length === 0) return one;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}${style.eol}${lines.join(`,${style.eol}`)}${style.eol}${base}${close}`;
}
