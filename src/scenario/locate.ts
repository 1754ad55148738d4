/** Placing findings in the source text: JSON pointer, line and column. */
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { type Finding, type Path, toPointer } from './finding';
import type { Problem } from './result';

/** Offsets of the first character of each line (line breaks: \n, \r\n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Turns offsets into 1-based line and column numbers for one text. */
export function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}

/** The deepest node that exists along the path (the value, or its nearest existing parent). */
function nearestNode(root: Node, path: Path): { node: Node; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    if (node) return { node, exact: n === path.length };
  }
  return { node: root, exact: path.length === 0 };
}

/** Offset of what a finding is about: a property name, a character in a string, or a value. */
function offsetOf(text: string, root: Node | undefined, finding: Finding): number {
  if (finding.offset !== undefined) return finding.offset;
  if (!root) return 0;
  const { node, exact } = nearestNode(root, finding.path);
  if (!exact) return node.offset;
  if (finding.atKey && node.parent?.type === 'property' && node.parent.children?.[0]) {
    return node.parent.children[0].offset;
  }
  if (finding.char !== undefined && node.type === 'string') {
    const raw = text.slice(node.offset, node.offset + node.length);
    if (!raw.includes('\\') && finding.char < raw.length - 2) return node.offset + 1 + finding.char;
  }
  return node.offset;
}

/** Converts findings to problems located in `text`, whose parse tree is `root`. */
export function locator(text: string, root: Node | undefined): (finding: Finding) => Problem {
  const lc = lineColumnOf(text);
  return (f) => ({
    severity: f.severity,
    code: f.code,
    pointer: f.inText ? null : toPointer(f.path),
    ...lc(offsetOf(text, root, f)),
    message: f.message.replace(/[\r\n]+/g, ' '),
  });
}
