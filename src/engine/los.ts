/** Line of sight from the post: what the terrain between the post and each cell does to sight range. */
import type { Cell, GridMap } from '../scenario/model';

/** Sight range multiplier for each `*` vegetation cell on the line. */
export const VEGETATION_FACTOR = 0.7;

/** The cells strictly between `a` and `b` on a Bresenham line (both ends excluded). */
export function cellsBetween(a: Cell, b: Cell): Cell[] {
  const cells: Cell[] = [];
  if (a.c === b.c && a.r === b.r) return cells;
  const dc = Math.abs(b.c - a.c);
  const dr = -Math.abs(b.r - a.r);
  const sc = a.c < b.c ? 1 : -1;
  const sr = a.r < b.r ? 1 : -1;
  let err = dc + dr;
  let c = a.c;
  let r = a.r;
  for (;;) {
    const e2 = 2 * err;
    if (e2 >= dr) {
      err += dr;
      c += sc;
    }
    if (e2 <= dc) {
      err += dc;
      r += sr;
    }
    if (c === b.c && r === b.r) return cells;
    cells.push({ c, r });
  }
}

/** The terrain factor of the line from `from` to `to`: 0 when a `#` structure is on it, else 0.7 per `*`. */
export function lineFactor(map: GridMap, from: Cell, to: Cell): number {
  let f = 1;
  for (const { c, r } of cellsBetween(from, to)) {
    const code = map.terrain[r][c];
    if (code === '#') return 0;
    if (code === '*') f *= VEGETATION_FACTOR;
  }
  return f;
}

/** Terrain factor for every cell (index r × cols + c) as seen from the post. */
export function losTable(map: GridMap, post: Cell): Float64Array {
  const table = new Float64Array(map.cols * map.rows);
  for (let r = 0; r < map.rows; r++) {
    for (let c = 0; c < map.cols; c++) table[r * map.cols + c] = lineFactor(map, post, { c, r });
  }
  return table;
}
