/** Reading JSON with comments: syntax problems, duplicate fields, and the value built from the tree. */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { t } from '../i18n';
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

const SYNTAX_MESSAGES: Record<string, () => string> = {
  InvalidSymbol: () => t('scenario:syntax.invalidSymbol'),
  InvalidNumberFormat: () => t('scenario:syntax.invalidNumberFormat'),
  PropertyNameExpected: () => t('scenario:syntax.propertyNameExpected'),
  ValueExpected: () => t('scenario:syntax.valueExpected'),
  ColonExpected: () => t('scenario:syntax.colonExpected'),
  CommaExpected: () => t('scenario:syntax.commaExpected'),
  CloseBraceExpected: () => t('scenario:syntax.closeBraceExpected'),
  CloseBracketExpected: () => t('scenario:syntax.closeBracketExpected'),
  EndOfFileExpected: () => t('scenario:syntax.endOfFileExpected'),
  InvalidCommentToken: () => t('scenario:syntax.invalidCommentToken'),
  UnexpectedEndOfComment: () => t('scenario:syntax.unexpectedEndOfComment'),
  UnexpectedEndOfString: () => t('scenario:syntax.unexpectedEndOfString'),
  UnexpectedEndOfNumber: () => t('scenario:syntax.unexpectedEndOfNumber'),
  InvalidUnicode: () => t('scenario:syntax.invalidUnicode'),
  InvalidEscapeCharacter: () => t('scenario:syntax.invalidEscapeCharacter'),
  InvalidCharacter: () => t('scenario:syntax.invalidCharacter'),
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
  const base = SYNTAX_MESSAGES[name]?.() ?? t('scenario:syntax.notJson');
  if (e.offset >= text.length) {
    return text.trim() === '' ? t('scenario:syntax.empty') : t('scenario:syntax.fileEnds', { message: base });
  }
  return name === 'InvalidSymbol' || name === 'InvalidNumberFormat'
    ? `${found} ${base}`
    : t('scenario:found', { message: base, found });
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
          error('duplicate-key', [...path, key], t('scenario:syntax.duplicateKey', { key }), { offset: k.offset }),
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
