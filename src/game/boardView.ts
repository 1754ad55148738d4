/**
 * The board, redrawn only when the layout or the conditions change: terrain shaded by light and visibility,
 * grid, column letters and row numbers, perimeter and sector outlines. The commonest terrain is not drawn
 * but cleared to (the caller sets the canvas's clear colour to it): filling the whole grid every frame is
 * the largest single cost of a frame in a software renderer.
 */
import type Phaser from 'phaser';
import type { ConditionsState, Scenario } from '../scenario/model';
import type { TerrainCode } from '../scenario/vocab';
import { css, MAP_BACKGROUND, PERIMETER_COLOUR, SECTOR_COLOUR, shaded, TERRAIN_COLOUR } from '../store/mapStyle';
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

type Tint = (colour: number) => number;

function terrainMarks(g: Phaser.GameObjects.Graphics, code: string, x: number, y: number, s: number, tint: Tint): void {
  if (code === '#') {
    g.fillStyle(tint(0x8a847b), 1);
    g.fillRect(x + s * 0.22, y + s * 0.22, s * 0.56, s * 0.56);
  } else if (code === '*') {
    g.fillStyle(tint(0x4f8a4f), 1);
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
    g.lineStyle(2, tint(0xb59a6a), 1);
    g.strokeTriangle(x + s * 0.25, y + s * 0.7, x + s * 0.5, y + s * 0.3, x + s * 0.75, y + s * 0.7);
  } else if (code === '~') {
    g.lineStyle(1.5, tint(0x5a8fbf), 1);
    g.lineBetween(x + s * 0.2, y + s * 0.45, x + s * 0.45, y + s * 0.4);
    g.lineBetween(x + s * 0.55, y + s * 0.62, x + s * 0.8, y + s * 0.57);
  } else if (code === '-') {
    g.lineStyle(2, tint(0xd9a6a6), 1);
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
    g.lineStyle(1, tint(0x9a9a90), 1);
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

/** The terrain code that covers the most cells (the first such in reading order on a tie). */
export function commonestTerrain(terrain: readonly (readonly TerrainCode[])[]): TerrainCode {
  const counts = new Map<TerrainCode, number>();
  for (const row of terrain) for (const code of row) counts.set(code, (counts.get(code) ?? 0) + 1);
  let best: TerrainCode = '.';
  let most = 0;
  for (const [code, n] of counts) {
    if (n > most) {
      best = code;
      most = n;
    }
  }
  return best;
}

/** What drawBoard made: the text labels (the caller destroys them on redraw) and the colour to clear to. */
export interface Board {
  texts: Phaser.GameObjects.Text[];
  ground: number;
}

/** Draws the board into `g`, filling the scene's canvas, as the given conditions show it. */
export function drawBoard(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  sc: Scenario,
  l: Layout,
  conditions: ConditionsState,
): Board {
  g.clear();
  const { terrain, perimeter } = sc.map;
  const s = l.cell;
  const tint: Tint = (colour) => shaded(colour, conditions);
  const ground = commonestTerrain(terrain);
  const { width, height } = scene.scale;
  const right = l.ox + l.cols * s;
  const bottom = l.oy + l.rows * s;
  g.fillStyle(MAP_BACKGROUND, 1);
  g.fillRect(0, 0, width, l.oy);
  g.fillRect(0, l.oy, l.ox, bottom - l.oy);
  g.fillRect(right, l.oy, width - right, bottom - l.oy);
  g.fillRect(0, bottom, width, height - bottom);
  for (let r = 0; r < l.rows; r++) {
    for (let c = 0; c < l.cols; ) {
      const code = terrain[r][c];
      let end = c + 1;
      while (end < l.cols && terrain[r][end] === code) end++;
      if (code !== ground) {
        g.fillStyle(tint(TERRAIN_COLOUR[code]), 1);
        g.fillRect(l.ox + c * s, l.oy + r * s, (end - c) * s, s);
      }
      for (let m = c; m < end; m++) terrainMarks(g, code, l.ox + m * s, l.oy + r * s, s, tint);
      c = end;
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
  return { texts, ground: tint(TERRAIN_COLOUR[ground]) };
}
