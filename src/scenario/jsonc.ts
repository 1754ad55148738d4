/** Reading JSON with comments: syntax problems, duplicate fields, and the value built from the tree. */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { depthFinding } from './depth';
import { error, type Finding, type Path } from './finding';
import { lineColumnOf } from './locate';

/** What reading a text gives: the value (when the syntax is sound), its tree, and problems found. */
export interface JsoncRead {
  value: unknown;
  root: Node | undefined;
  /** Syntax errors or nesting too deep (then `value` is undefined), or fields written twice. */
  findings: Finding[];
}

const MAX_SYNTAX_ERRORS = 10;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'is not valid JSON here — text and field names need double quotes ("…")',
  InvalidNumberFormat: 'is not a valid number — write numbers like 150 or 12.5',
  PropertyNameExpected: 'expected a field name in double quotes ("name")',
  ValueExpected: 'expected a value (text in double quotes, a number, true/false, an object or a list)',
  ColonExpected: 'expected ":" between the field name and its value',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the document — a scenario is one object { … }',
  InvalidCommentToken: 'comments are written // … or /* … */',
  UnexpectedEndOfComment: 'a /* comment is not closed — end it with */',
  UnexpectedEndOfString: 'text is not closed — end it with a double quote (")',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape — write four hex digits (\\u00e9)',
  InvalidEscapeCharacter: 'invalid escape in text — write \\\\ for a backslash, \\" for a quote, \\n for a new line',
  InvalidCharacter: 'a control character (such as a tab or line break) inside text — write \\t or \\n instead',
};

/** The characters found, quoted once: a text token as written ("seed"), anything else in quotes. */
function quoteFound(text: string, e: ParseError): string {
  const token = text.slice(e.offset, e.offset + Math.max(e.length, 1));
  if (token.length >= 2 && token.startsWith('"') && token.endsWith('"') && !/[\r\n]/.test(token)) {
    return token.length <= 26 ? token : `${token.slice(0, 24)}…"`;
  }
  return JSON.stringify(token.slice(0, 12));
}

/** Plain-language message for a syntax error, naming the characters found. */
function syntaxMessage(text: string, e: ParseError): string {
  const name = printParseErrorCode(e.error);
  const found = quoteFound(text, e);
  const base = SYNTAX_MESSAGES[name] ?? 'this is not valid JSON';
  if (e.offset >= text.length) {
    return text.trim() === ''
      ? 'the file is empty — a scenario is one JSON object { … }'
      : `${base} (the file ends here)`;
  }
  return name === 'InvalidSymbol' || name === 'InvalidNumberFormat' ? `${found} ${base}` : `${base} (found ${found})`;
}

/** The first syntax error on each line (later ones on a line are usually knock-on effects), at most 10. */
function firstPerLine(text: string, errors: ParseError[]): ParseError[] {
  const lineOf = lineColumnOf(text);
  const lines = new Set<number>();
  const kept: ParseError[] = [];
  for (const e of errors) {
    const { line } = lineOf(e.offset);
    if (!lines.has(line) && kept.length < MAX_SYNTAX_ERRORS) kept.push(e);
    lines.add(line);
  }
  return kept;
}

/** The plain value of a tree node; "__proto__" stays an ordinary (unknown) field. */
function plainValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) {
          Object.defineProperty(obj, String(k.value), {
            value: plainValue(v),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(plainValue);
    default:
      return node.value;
  }
}

/** Findings for fields written twice in one object (the last one would silently win). */
function duplicateKeys(node: Node, path: Path, out: Finding[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const key = String(k.value);
      if (seen.has(key)) {
        out.push(
          error('duplicate-key', [...path, key], `field "${key}" is written twice in this object — keep only one`, {
            offset: k.offset,
          }),
        );
      }
      seen.add(key);
      duplicateKeys(v, [...path, key], out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => {
      duplicateKeys(child, [...path, i], out);
    });
  }
}

/** The text without a leading byte-order mark (editors do not count it as a column). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads JSON text allowing // and /* *\/ comments and trailing commas; text nested too deep is refused unread. */
export function readJsonc(text: string): JsoncRead {
  const deep = depthFinding(text);
  if (deep) return { value: undefined, root: undefined, findings: [deep] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const shown = errors.length > 0 ? firstPerLine(text, errors) : [{ error: 4, offset: 0, length: 0 }];
    return {
      value: undefined,
      root: undefined,
      findings: shown.map((e) => error('syntax', [], syntaxMessage(text, e), { offset: e.offset, inText: true })),
    };
  }
  const findings: Finding[] = [];
  duplicateKeys(root, [], findings);
  return { value: plainValue(root), root, findings };
}
