/**
 * Changing one value of a JSON text in place: only the characters of that value (and the comma
 * and line it needs) change, so the comments, order and layout of the rest of the file survive.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { t } from '../../i18n';
import { compact, detectStyle, LINE_WIDTH, render, type TextStyle } from './style';
import { EditError, type JsonPath } from './types';

interface Change {
  offset: number;
  length: number;
  content: string;
}

/** The text with the changes made (they must not overlap; insertions at one offset keep their order). */
function applyChanges(text: string, changes: Change[]): string {
  let out = text;
  const order = changes.map((c, i) => ({ c, i })).sort((a, b) => b.c.offset - a.c.offset || b.i - a.i);
  for (const { c } of order) {
    out = out.slice(0, c.offset) + c.content + out.slice(c.offset + c.length);
  }
  return out;
}

/** The text's parse tree; throws when the text has a syntax error (offsets past it cannot be trusted). */
export function treeOf(text: string): Node {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length > 0) {
    throw new EditError(t('studio:edits.syntax'));
  }
  return root;
}

/** The node at a path, or undefined. */
export function nodeAt(text: string, path: JsonPath): Node | undefined {
  return findNodeAtLocation(treeOf(text), [...path]);
}

const end = (n: Node) => n.offset + n.length;

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The whitespace at the start of the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

/** Whether only whitespace precedes `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** What follows an item: its comma (if any), and where its line ends when only a comment follows. */
function after(text: string, from: number): { comma: number | null; lineEnd: number | null } {
  let i = from;
  const skipBlanks = () => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  skipBlanks();
  let comma: number | null = null;
  if (text[i] === ',') {
    comma = i;
    i++;
    skipBlanks();
  }
  if (text.startsWith('//', i)) {
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  } else if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    const line = text.slice(i, close).search(/[\r\n]/);
    if (close >= 0 && line < 0) i = close + 2;
    skipBlanks();
  }
  const lineEnd = i >= text.length || text[i] === '\n' || text[i] === '\r' ? i : null;
  return { comma, lineEnd };
}

/** The length of the line break at `offset` (0 at the end of the text). */
function breakLength(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return 2;
  return offset < text.length ? 1 : 0;
}

/** Whether an object or array is written over several lines. */
function multiline(text: string, node: Node): boolean {
  return /[\r\n]/.test(text.slice(node.offset, end(node)));
}

/** The interior of a container holds only whitespace (no comments). */
function blankInside(text: string, node: Node, except?: Node): boolean {
  const inside = except
    ? text.slice(node.offset + 1, except.offset) + text.slice(end(except), end(node) - 1)
    : text.slice(node.offset + 1, end(node) - 1);
  return inside.replace(/,/g, '').trim() === '';
}

/**
 * Writes an item (`"key": value` or a value) into an empty container: on the same line when it fits,
 * except an object or list going into a list, which gets a line of its own (as records are written).
 */
function fillEmpty(text: string, container: Node, item: string, style: TextStyle): Change {
  const base = indentAt(text, container.offset);
  const inner = { offset: container.offset + 1, length: container.length - 2 };
  const record = container.type === 'array' && /^[[{]/.test(item);
  const oneLine = !record && base.length + item.length + 4 <= LINE_WIDTH && !/[\r\n]/.test(item);
  if (blankInside(text, container) && oneLine) {
    const pad = container.type === 'object' ? ' ' : '';
    return { ...inner, content: `${pad}${item}${pad}` };
  }
  if (blankInside(text, container)) {
    return { ...inner, content: `${style.eol}${base}${style.indent}${item}${style.eol}${base}` };
  }
  return { offset: container.offset + 1, length: 0, content: `${style.eol}${base}${style.indent}${item}` };
}

/** Changes that write `item` after the last item `last` of a container. */
function appendAfter(text: string, container: Node, last: Node, item: string, style: TextStyle): Change[] {
  const a = after(text, end(last));
  if (multiline(text, container) && startsLine(text, last.offset) && a.lineEnd !== null) {
    const indent = indentAt(text, last.offset);
    const trailing = a.comma !== null ? ',' : '';
    const comma: Change[] = a.comma === null ? [{ offset: end(last), length: 0, content: ',' }] : [];
    return [...comma, { offset: a.lineEnd, length: 0, content: `${style.eol}${indent}${item}${trailing}` }];
  }
  if (a.comma !== null) return [{ offset: a.comma + 1, length: 0, content: ` ${item},` }];
  return [{ offset: end(last), length: 0, content: `, ${item}` }];
}

/** The longest line among a container's one-line items (at least LINE_WIDTH): new items may be as wide. */
function widestItem(text: string, container: Node): number {
  const widths = (container.children ?? [])
    .filter((n) => !multiline(text, n))
    .map((n) => end(n) - lineStart(text, n.offset));
  return Math.max(LINE_WIDTH, ...widths);
}

/** The text of an item to insert, rendered for the indentation where it goes; `raw` is used as written. */
function itemText(
  text: string,
  container: Node,
  value: unknown,
  raw: string | undefined,
  style: TextStyle,
  key?: string,
): string {
  const sibling = container.children?.[0];
  const base = sibling ? indentAt(text, sibling.offset) : indentAt(text, container.offset) + style.indent;
  const expand = sibling ? multiline(text, sibling) : false;
  const body = raw ?? render(value, style, base, expand, expand ? LINE_WIDTH : widestItem(text, container));
  return key === undefined ? body : `${JSON.stringify(key)}: ${body}`;
}

/** Writes `item` (a value, or `"key": value`) into a container before its item at `index` (at the end when index ≥ length). */
function insertAt(text: string, container: Node, index: number, item: string, style: TextStyle): string {
  const items = container.children ?? [];
  if (items.length === 0) return applyChanges(text, [fillEmpty(text, container, item, style)]);
  if (index >= items.length)
    return applyChanges(text, appendAfter(text, container, items[items.length - 1], item, style));
  const before = items[Math.max(0, index)];
  if (multiline(text, container) && startsLine(text, before.offset)) {
    const at = lineStart(text, before.offset);
    const indent = indentAt(text, before.offset);
    return applyChanges(text, [{ offset: at, length: 0, content: `${indent}${item},${style.eol}` }]);
  }
  return applyChanges(text, [{ offset: before.offset, length: 0, content: `${item}, ` }]);
}

/** Inserts `value` (or the `raw` text of one) into the array at `path` before position `index` (at the end when index ≥ length). */
export function insertElement(text: string, path: JsonPath, index: number, value: unknown, raw?: string): string {
  const array = nodeAt(text, path);
  if (!array) return setValue(text, path, [value]);
  if (array.type !== 'array') throw new EditError(t('studio:edits.notAList', { path: pathText(path) }));
  const style = detectStyle(text);
  return insertAt(text, array, index, itemText(text, array, value, raw, style), style);
}

/** The order of a scenario's top-level fields, as the format reference lists them: a new field goes in its place. */
const TOP_LEVEL_ORDER = [
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'summary',
  'difficulty',
  'durationSec',
  'seed',
  'startClock',
  'conditions',
  'map',
  'post',
  'team',
  'sectors',
  'briefing',
  'contacts',
  'injects',
  'objectives',
  'scoring',
];

/** Where a new field goes in an object: at the top level after the fields that come before it in the format, else last. */
function propertyIndex(parent: Node, path: JsonPath, key: string): number {
  const props = parent.children ?? [];
  const rank = TOP_LEVEL_ORDER.indexOf(key);
  if (path.length !== 1 || rank < 0) return props.length;
  const later = props.findIndex((p) => TOP_LEVEL_ORDER.indexOf(String(p.children?.[0]?.value)) > rank);
  return later < 0 ? props.length : later;
}

/** The node a value's removal takes out: its property (in an object) or itself (in an array). */
function itemOf(node: Node): Node {
  return node.parent?.type === 'property' ? node.parent : node;
}

/** Removes the value at `path` with its field name, comma and (when alone on its lines) its lines. */
export function removeValue(text: string, path: JsonPath): string {
  const node = nodeAt(text, path);
  if (!node) return text;
  const item = itemOf(node);
  const container = item.parent;
  if (!container) throw new EditError(t('studio:edits.wholeDocument'));
  const items = container.children ?? [];
  const i = items.indexOf(item);
  const prev = items[i - 1];
  const next = items[i + 1];
  if (items.length === 1 && blankInside(text, container, item)) {
    return applyChanges(text, [{ offset: container.offset + 1, length: container.length - 2, content: '' }]);
  }
  const a = after(text, end(item));
  if (startsLine(text, item.offset) && a.lineEnd !== null) {
    const from = lineStart(text, item.offset);
    const changes: Change[] = [{ offset: from, length: a.lineEnd + breakLength(text, a.lineEnd) - from, content: '' }];
    if (!next && a.comma === null && prev) {
      const p = after(text, end(prev));
      if (p.comma !== null) changes.push({ offset: p.comma, length: 1, content: '' });
    }
    return applyChanges(text, changes);
  }
  if (next) return applyChanges(text, [{ offset: item.offset, length: next.offset - item.offset, content: '' }]);
  if (prev) return applyChanges(text, [{ offset: end(prev), length: end(item) - end(prev), content: '' }]);
  return applyChanges(text, [
    { offset: item.offset, length: (a.comma ?? end(item) - 1) + 1 - item.offset, content: '' },
  ]);
}

/** A path as readers see it: /contacts/0/path. */
function pathText(path: JsonPath): string {
  return `/${path.join('/')}`;
}

/**
 * Sets the value at `path`, creating the fields on the way; `undefined` removes it. Only that value's text
 * changes: a value written on one line stays on one line, one written over several lines stays so.
 */
export function setValue(text: string, path: JsonPath, value: unknown): string {
  if (value === undefined) return removeValue(text, path);
  const style = detectStyle(text);
  const root = treeOf(text);
  const node = findNodeAtLocation(root, [...path]);
  if (node) {
    const base = indentAt(text, itemOf(node).offset);
    const content = multiline(text, node) ? render(value, style, base, true) : compact(value);
    return applyChanges(text, [{ offset: node.offset, length: node.length, content }]);
  }
  if (path.length === 0) throw new EditError(t('studio:edits.noValue'));
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = findNodeAtLocation(root, [...parentPath]);
  if (!parent) return setValue(text, parentPath, typeof key === 'number' ? [value] : { [key]: value });
  if (parent.type === 'array' && typeof key === 'number') return insertElement(text, parentPath, key, value);
  if (parent.type !== 'object' || typeof key !== 'string') {
    const where = pathText(parentPath);
    throw new EditError(
      typeof key === 'number'
        ? t('studio:edits.notAList', { path: where })
        : t('studio:edits.notAnObject', { path: where }),
    );
  }
  const item = itemText(text, parent, value, undefined, style, key);
  return insertAt(text, parent, propertyIndex(parent, path, key), item, style);
}
