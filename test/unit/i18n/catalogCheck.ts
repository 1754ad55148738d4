/** Checks of message catalogs: same keys in every language, messages that parse, and keys the source uses. */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog } from '../../../src/i18n/namespaces';

/** A catalog flattened to "path.to.message" → message. */
export function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

function argumentNames(elements: AstElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') into.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, into);
    argumentNames(element.children ?? [], into);
  }
  return into;
}

/** The argument names of an ICU message, or the parse error as text. */
export function messageArguments(message: string, language: string): Set<string> | string {
  try {
    return argumentNames(new IntlMessageFormat(message, language).getAst() as AstElement[]);
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
}

/** Problems between a namespace's English catalog and another language's: missing or extra keys, bad or different arguments. */
export function catalogProblems(namespace: string, english: Catalog, other: Catalog, language: string): string[] {
  const en = flatten(english);
  const xx = flatten(other);
  const problems: string[] = [];
  for (const key of en.keys()) if (!xx.has(key)) problems.push(`${namespace}:${key} is missing in ${language}`);
  for (const key of xx.keys()) if (!en.has(key)) problems.push(`${namespace}:${key} is in ${language} but not in en`);
  for (const [key, message] of en) {
    const enArgs = messageArguments(message, 'en');
    if (typeof enArgs === 'string') problems.push(`${namespace}:${key} does not parse in en: ${enArgs}`);
    const translated = xx.get(key);
    if (translated === undefined) continue;
    const xxArgs = messageArguments(translated, language);
    if (typeof xxArgs === 'string') problems.push(`${namespace}:${key} does not parse in ${language}: ${xxArgs}`);
    else if (typeof enArgs !== 'string' && [...enArgs].sort().join() !== [...xxArgs].sort().join()) {
      problems.push(
        `${namespace}:${key} takes {${[...enArgs].join(', ')}} in en but {${[...xxArgs].join(', ')}} in ${language}`,
      );
    }
  }
  return problems;
}

/** The literal keys a source text passes to t(…), as "namespace:path". */
export function keysUsed(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*(['"`])([a-z]+:[\w.-]+)\1/g)].map((m) => m[2]);
}
