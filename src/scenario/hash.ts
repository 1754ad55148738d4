/** A stable short hash of a scenario's content, for run records. Pure TypeScript (no Node crypto). */
import { isObject } from './describe';
import { readJsonc, stripBom } from './jsonc';
import { migrate } from './migrate';

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

/**
 * FNV-1a 64-bit of a string's UTF-8 bytes, as 16 hex digits. The 64-bit state is four 16-bit
 * limbs (lowest first) so it runs fast without BigInt; the prime is 2^40 + 0x1b3.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const b of utf8(text)) {
    h0 ^= b;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((x) => x.toString(16).padStart(4, '0')).join('');
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
