/** The static board: terrain, grid, column letters and row numbers, perimeter and sector outlines. */
import type Phaser from 'phaser';
import type { Scenario } from '../scenario/model';
import { css, PERIMETER_COLOUR, SECTOR_COLOUR, TERRAIN_COLOUR } from '../store/mapStyle';
import { dashed } from './draw';
import type { Layout } from './layout';

/** Edges around a set of cells, as line segments in pixels. */
function edges(l: Layout, member: (c: number, r: number) => boolean): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let r = 0; r < l.rows; r++) {
    for (let c = 0; c < l.cols; c++) {
      if (!member(c, r)) continue;
      const x = l.ox + c * l.cell;
      const y = l.oy + r * l.cell;
      const s = l.cell;
      if (!member(c, r - 1)) out.push([x, y, x + s, y]);
      if (!member(c, r + 1)) out.push([x, y + s, x + s, y + s]);
      if (!member(c - 1, r)) out.push([x, y, x, y + s]);
      if (!member(c + 1, r)) out.push([x + s, y, x + s, y + s]);
    }
  }
  return out;
}

function terrainMarks(g: Phaser.GameObjects.Graphics, code: string, x: number, y: number, s: number): void {
  if (code === '#') {
    g.fillStyle(0x8a847b, 1);
    g.fillRect(x + s * 0.22, y + s * 0.22, s * 0.56, s * 0.56);
  } else if (code === '*') {
    g.fillStyle(0x4f8a4f, 1);
    for (const [dx, dy] of [
      [0.3, 0.3],
      [0.7, 0.35],
      [0.45, 0.65],
      [0.8, 0.75],
      [0.2, 0.8],
    ]) {
      g.fillCircle(x + s * dx, y + s * dy, s * 0.08);
    }
  } else if (code === '^') {
    g.lineStyle(2, 0xb59a6a, 1);
    g.strokeTriangle(x + s * 0.25, y + s * 0.7, x + s * 0.5, y + s * 0.3, x + s * 0.75, y + s * 0.7);
  } else if (code === '~') {
    g.lineStyle(1.5, 0x5a8fbf, 1);
    g.lineBetween(x + s * 0.2, y + s * 0.45, x + s * 0.45, y + s * 0.4);
    g.lineBetween(x + s * 0.55, y + s * 0.62, x + s * 0.8, y + s * 0.57);
  } else if (code === '-') {
    g.lineStyle(2, 0xd9a6a6, 1);
    dashed(
      g,
      [
        { x, y: y + s / 2 },
        { x: x + s, y: y + s / 2 },
      ],
      s * 0.15,
      s * 0.1,
      false,
    );
  } else if (code === '=') {
    g.lineStyle(1, 0x9a9a90, 1);
    dashed(
      g,
      [
        { x: x + s * 0.1, y: y + s / 2 },
        { x: x + s * 0.9, y: y + s / 2 },
      ],
      s * 0.12,
      s * 0.1,
      false,
    );
  }
}

/** Draws the board into `g` and returns the text labels it made (the caller destroys them on redraw). */
export function drawBoard(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  sc: Scenario,
  l: Layout,
): Phaser.GameObjects.Text[] {
  g.clear();
  const { terrain, perimeter } = sc.map;
  const s = l.cell;
  for (let r = 0; r < l.rows; r++) {
    for (let c = 0; c < l.cols; c++) {
      const code = terrain[r][c];
      g.fillStyle(TERRAIN_COLOUR[code], 1);
      g.fillRect(l.ox + c * s, l.oy + r * s, s, s);
      terrainMarks(g, code, l.ox + c * s, l.oy + r * s, s);
    }
  }
  g.lineStyle(1, 0x000000, 0.35);
  for (let c = 0; c <= l.cols; c++) g.lineBetween(l.ox + c * s, l.oy, l.ox + c * s, l.oy + l.rows * s);
  for (let r = 0; r <= l.rows; r++) g.lineBetween(l.ox, l.oy + r * s, l.ox + l.cols * s, l.oy + r * s);
  g.lineStyle(Math.max(2, s * 0.06), PERIMETER_COLOUR, 0.9);
  for (const [x1, y1, x2, y2] of edges(l, (c, r) => perimeter[r]?.[c] === true)) g.lineBetween(x1, y1, x2, y2);
  g.lineStyle(2, SECTOR_COLOUR, 0.7);
  const texts: Phaser.GameObjects.Text[] = [];
  const font = `${Math.max(11, Math.min(15, Math.round(s * 0.28)))}px system-ui, sans-serif`;
  for (const sector of sc.sectors) {
    const set = new Set(sector.cells.map((cell) => cell.r * l.cols + cell.c));
    for (const [x1, y1, x2, y2] of edges(l, (c, r) => c >= 0 && r >= 0 && c < l.cols && set.has(r * l.cols + c))) {
      dashed(
        g,
        [
          { x: x1, y: y1 },
          { x: x2, y: y2 },
        ],
        7,
        5,
        false,
      );
    }
    const first = sector.cells[0];
    if (first) {
      texts.push(
        scene.add
          .text(l.ox + first.c * s + 4, l.oy + first.r * s + 3, sector.name, { font, color: css(SECTOR_COLOUR) })
          .setShadow(1, 1, '#000', 2, false, true),
      );
    }
  }
  const axis = { font: `${Math.max(11, Math.min(15, Math.round(s * 0.3)))}px system-ui, sans-serif`, color: '#c9d1dc' };
  for (let c = 0; c < l.cols; c++) {
    texts.push(scene.add.text(l.ox + (c + 0.5) * s, l.oy - 4, String.fromCharCode(65 + c), axis).setOrigin(0.5, 1));
  }
  for (let r = 0; r < l.rows; r++) {
    texts.push(scene.add.text(l.ox - 6, l.oy + (r + 0.5) * s, String(r + 1), axis).setOrigin(1, 0.5));
  }
  return texts;
}
