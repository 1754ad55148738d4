/** Where the grid sits on the canvas: cell size and origin for a canvas size. Pure, no Phaser. */
import type { Cell } from '../scenario/model';

export interface Layout {
  cols: number;
  rows: number;
  /** Cell side in pixels. */
  cell: number;
  /** Top-left corner of cell A1, in pixels. */
  ox: number;
  oy: number;
}

const PAD = 8;
const BAND = 22;

/** The largest square-cell grid that fits the canvas, with room for column letters and row numbers. */
export function layoutFor(width: number, height: number, cols: number, rows: number): Layout {
  const cell = Math.max(8, Math.floor(Math.min((width - 2 * PAD - BAND) / cols, (height - 2 * PAD - BAND) / rows)));
  const gridW = cell * cols;
  const gridH = cell * rows;
  return {
    cols,
    rows,
    cell,
    ox: Math.round(BAND + Math.max(PAD, (width - BAND - gridW) / 2)),
    oy: Math.round(BAND + Math.max(PAD, (height - BAND - gridH) / 2)),
  };
}

/**
 * The canvas for a box: just big enough for the grid that fits the box, its labels and margin, so no pixel
 * is drawn that the map does not use (laid out on it, layoutFor gives the same cell size).
 */
export function canvasFor(
  boxWidth: number,
  boxHeight: number,
  cols: number,
  rows: number,
): { width: number; height: number } {
  const { cell } = layoutFor(boxWidth, boxHeight, cols, rows);
  return { width: 2 * PAD + BAND + cell * cols, height: 2 * PAD + BAND + cell * rows };
}

/** Pixel centre of a map position in cell units (cell centres on integers). */
export function toScreen(l: Layout, x: number, y: number): { px: number; py: number } {
  return { px: l.ox + (x + 0.5) * l.cell, py: l.oy + (y + 0.5) * l.cell };
}

/** The cell under a pixel, or null outside the grid. */
export function cellAt(l: Layout, px: number, py: number): Cell | null {
  const c = Math.floor((px - l.ox) / l.cell);
  const r = Math.floor((py - l.oy) / l.cell);
  return c >= 0 && r >= 0 && c < l.cols && r < l.rows ? { c, r } : null;
}
