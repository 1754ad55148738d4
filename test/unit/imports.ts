/** Reading a source text's imports for the layer tests: static, side-effect, dynamic `import()` and `require()`. */

/** One module a source text imports, with how and the line (1-based) of its name. */
export interface ImportRef {
  specifier: string;
  kind: 'static' | 'dynamic';
  line: number;
}

/** The text with comments blanked out (line breaks kept, so line numbers stay right). */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_, before: string) => before);
}

/**
 * `from '…'` (import and export), `import '…'`, `import('…')` and `require('…')`, with any quote
 * (', ", `) and any spacing or line breaks before the module name. Blank comments out first.
 */
const IMPORT = /(?<![\w$.])(from|import|require)\s*(\(\s*)?(['"`])([^'"`\n]+)\3/g;

/** Every module the (comment-free) source imports. */
export function importsOf(source: string): ImportRef[] {
  const out: ImportRef[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const [, word, paren, , specifier] = m;
    if (word !== 'from' && word !== 'import' && !paren) continue;
    const dynamic = paren !== undefined || word === 'require';
    const line = source.slice(0, m.index + m[0].length).split('\n').length;
    out.push({ specifier, kind: dynamic ? 'dynamic' : 'static', line });
  }
  return out;
}
