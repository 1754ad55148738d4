/** Converting validated file values: time offsets to ms, cell references to cells. */
import { expandRef, parseCell } from './grid';
import type { Cell } from './model';
import { offsetToMs } from './time';

/** Milliseconds for a validated time offset. */
export const ms = (offset: number | string): number => offsetToMs(offset) ?? 0;
/** The cell for a validated cell reference. */
export const cell = (ref: string): Cell => parseCell(ref) ?? { c: 0, r: 0 };
/** Every cell of a validated cell, range or list of them, without repeats, in reading order. */
export function cells(value: string | string[] | undefined): Cell[] {
  const refs = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  const seen = new Set<string>();
  const out: Cell[] = [];
  for (const c of refs.flatMap((r) => expandRef(r) ?? [])) {
    const key = `${c.c},${c.r}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
