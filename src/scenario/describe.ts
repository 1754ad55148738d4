/** Plain words for values and types in problem messages. */
import { t } from '../i18n';

/** A short quotation of a value found in the file: "E0", 5, true, a list, an object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return t('scenario:value.nothing');
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return t('scenario:value.list');
  return t('scenario:value.object');
}

/** Whether a value is worth quoting after a message ("found …"): the primitives. */
export function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

const EXPECTED: Record<string, () => string> = {
  string: () => t('scenario:value.string'),
  number: () => t('scenario:value.number'),
  int: () => t('scenario:value.int'),
  boolean: () => t('scenario:value.boolean'),
  object: () => t('scenario:value.object'),
  array: () => t('scenario:value.list'),
  null: () => 'null',
};

/** What a type name from the schema means to an instructor. */
export function describeExpected(expected: string): string {
  return EXPECTED[expected]?.() ?? expected;
}

/** A list of allowed values for a message: day, dusk, night. */
export function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
