/** A stable short hash of a scenario's content, for run records. Pure TypeScript (no Node crypto). */
import { isObject } from './describe';
import { readJsonc, stripBom } from './jsonc';
import { migrate } from './migrate';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** JSON with object keys sorted, so formatting, comments and key order do not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** UTF-8 bytes of a string. */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** FNV-1a 64-bit of a string's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = FNV_OFFSET;
  for (const b of utf8(text)) h = ((h ^ BigInt(b)) * FNV_PRIME) & MASK;
  return h.toString(16).padStart(16, '0');
}

/**
 * Hash of a scenario: FNV-1a 64 over the canonical JSON of the parsed (and migrated) file
 * without "$schema". Comments, whitespace and key order do not change it; any value does.
 * Text that is not JSON is hashed as it stands.
 */
export function hashScenario(text: string): string {
  const read = readJsonc(stripBom(text));
  if (read.value === undefined) return fnv1a64(text);
  const migrated = migrate(read.value);
  const value = migrated.ok ? migrated.value : read.value;
  if (isObject(value)) {
    const { $schema: _ignored, ...rest } = value;
    return fnv1a64(canonicalJson(rest));
  }
  return fnv1a64(canonicalJson(value));
}
