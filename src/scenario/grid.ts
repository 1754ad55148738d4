/** Grid references: cells ("E5"), ranges ("A1:L3"), distances and compass directions. */
import type { Cell } from './model';
import { COMPASS8, type Compass8 } from './vocab';

/** The cell for "E5" (case-insensitive), or null when malformed. */
export function parseCell(ref: string): Cell | null {
  const m = /^([A-Za-z])([1-9]\d?)$/.exec(ref);
  if (!m) return null;
  const r = Number(m[2]) - 1;
  if (r > 25) return null;
  return { c: m[1].toUpperCase().charCodeAt(0) - 65, r };
}

/** "E5" for a cell. */
export function cellName(cell: Cell): string {
  return `${String.fromCharCode(65 + cell.c)}${cell.r + 1}`;
}

/** Every cell named by a cell ("E5") or range ("A1:L3"), row by row; null when malformed. */
export function expandRef(ref: string): Cell[] | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  const cells: Cell[] = [];
  for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) {
    for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) cells.push({ c, r });
  }
  return cells;
}

/** Euclidean distance between two points in cell units. */
export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Chebyshev distance between two cells: 1 means "next to". */
export function cellsApart(a: Cell, b: Cell): number {
  return Math.max(Math.abs(a.c - b.c), Math.abs(a.r - b.r));
}

/** The cell a point (in cell units, cell centres on integers) lies in. */
export function cellOf(p: { x: number; y: number }): Cell {
  return { c: Math.round(p.x), r: Math.round(p.y) };
}

/** 8-point compass direction of a vector in map coordinates (north is up, rows grow south). */
export function compassOf(dx: number, dy: number): Compass8 {
  const angle = Math.atan2(dx, -dy);
  const idx = Math.round(angle / (Math.PI / 4));
  return COMPASS8[((idx % 8) + 8) % 8];
}

/** Steps between two compass points, 0–4 (adjacent points are 1 apart). */
export function compassSteps(a: Compass8, b: Compass8): number {
  const d = Math.abs(COMPASS8.indexOf(a) - COMPASS8.indexOf(b)) % 8;
  return Math.min(d, 8 - d);
}
