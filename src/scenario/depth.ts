/** The nesting depth of a JSON text, measured in one pass before any recursive step reads it. */
import { t } from '../i18n';
import { error, type Finding } from './finding';
import { MAX_DEPTH } from './limits';

/** Offset of the first "[" or "{" nested deeper than `max` (outside text and comments), or -1. */
export function firstTooDeep(text: string, max: number = MAX_DEPTH): number {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      i++;
      while (i < n && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > max) return i;
    } else if (ch === 0x5d || ch === 0x7d) {
      depth = Math.max(0, depth - 1);
    }
    i++;
  }
  return -1;
}

/** A `too-deep` error when lists and objects nest more than MAX_DEPTH levels, else null. */
export function depthFinding(text: string): Finding | null {
  const at = firstTooDeep(text);
  if (at < 0) return null;
  return error('too-deep', [], t('scenario:syntax.tooDeep', { max: String(MAX_DEPTH) }), { offset: at });
}
