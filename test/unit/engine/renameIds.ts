/** Renaming ids throughout a scenario (file or normalized model): every id field and every reference to one. */

/** Names of built-in object properties that fit the id pattern (lower-case letters, digits, "-"). */
export const PROPERTY_IDS = [
  'constructor',
  'prototype',
  'length',
  'name',
  'caller',
  'arguments',
  'apply',
  'call',
  'bind',
  'push',
  'map',
  'concat',
  'entries',
  'keys',
  'values',
  'size',
  'get',
  'has',
  'set',
  'then',
] as const;

/** Names of built-in object properties, including those the id pattern refuses (for the engine alone). */
export const PROPERTY_NAMES = [
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  ...PROPERTY_IDS,
] as const;

/** Fields holding one id, and fields holding a list of ids, in the file and in the model. */
const ONE = new Set([
  'id',
  'start',
  'operator',
  'contact',
  'detected',
  'reported',
  'after',
  'inject',
  'sectorOf',
  'headingOf',
  'afterInject',
  'sector',
]);
const MANY = new Set(['contacts', 'injects', 'objectives']);
/** Fields that, as objects rather than lists, are keyed by id (a scenario's translations, the model's texts). */
const KEYED = new Set(['team', 'sectors', 'injects', 'objectives']);

const LISTS = ['contacts', 'injects', 'objectives', 'sectors', 'team'] as const;

/** The ids a scenario (file or model) defines, list by list: its own, contacts, injects, objectives, sectors, team. */
export function idLists(scenario: Record<string, unknown>): string[][] {
  const lists = LISTS.map((k) => ((scenario[k] as { id: string }[] | undefined) ?? []).map((x) => x.id));
  return [[String(scenario.id)], ...lists];
}

/**
 * New names for the ids: in each list, the k-th id takes names[(k + offset) % names.length] (ids past the
 * number of names keep theirs). Lists are separate namespaces, so one name can serve in several.
 */
export function naming(
  scenario: Record<string, unknown>,
  names: readonly string[],
  offset: number,
): Map<string, string> {
  const lists = idLists(scenario);
  const all = lists.flat();
  if (new Set(all).size !== all.length) throw new Error('ids repeat across lists: renaming by id would be ambiguous');
  return new Map(
    lists.flatMap((ids) =>
      ids.slice(0, names.length).map((id, k): [string, string] => [id, names[(k + offset) % names.length]]),
    ),
  );
}

/** A deep copy of `value` with ids renamed by `names` (ids not in it stay); own "__proto__" keys are kept as data. */
export function renameIds<T>(value: T, names: ReadonlyMap<string, string>): T {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && ONE.has(key) ? (names.get(v) ?? v) : v;
    if (Array.isArray(v)) {
      const many = key !== null && MANY.has(key);
      return v.map((x) => (many && typeof x === 'string' ? (names.get(x) ?? x) : walk(x, null)));
    }
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    const keyed = key !== null && KEYED.has(key);
    for (const [k, x] of Object.entries(v)) {
      const name = keyed ? (names.get(k) ?? k) : k;
      Object.defineProperty(out, name, { value: walk(x, k), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return walk(value, null) as T;
}
