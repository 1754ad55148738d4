import type Phaser from 'phaser';
import { describe, expect, test } from 'vitest';
import { commonestTerrain } from '../../../src/game/boardView';
import { circlePoints, fillConvex, labelStyle } from '../../../src/game/draw';
import { strokeText, strokeWidth } from '../../../src/game/strokeFont';
import type { TerrainCode } from '../../../src/scenario/vocab';
import { framePoints } from '../../../src/store/affiliation';
import { COUNTER_GROUND, shaded } from '../../../src/store/mapStyle';

type Tri = [number, number, number, number, number, number];

/** A stand-in for Phaser's Graphics that keeps the triangles it is asked to fill. */
function recorder(): { g: Phaser.GameObjects.Graphics; tris: Tri[] } {
  const tris: Tri[] = [];
  const g = { fillTriangle: (...t: Tri) => tris.push(t) } as unknown as Phaser.GameObjects.Graphics;
  return { g, tris };
}

const area = ([ax, ay, bx, by, cx, cy]: Tri) => Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
const rows = ([, ay, , by, , cy]: Tri) => Math.max(ay, by, cy) - Math.min(ay, by, cy);

describe('convex fills', () => {
  test('the sweep covers the polygon exactly once, in triangles that together span few rows', () => {
    const skewed = [
      { x: 0, y: 0 },
      { x: 30, y: 5 },
      { x: 50, y: 40 },
      { x: 20, y: 60 },
      { x: -10, y: 30 },
    ];
    const shapes = [
      ...[3, 4, 5, 16, 32].map((n) => circlePoints(100, 100, 40, n)),
      skewed,
      framePoints('hostile', 0, 0, 20),
    ];
    for (const pts of shapes) {
      const n = pts.length;
      const { g, tris } = recorder();
      fillConvex(g, pts);
      expect(tris).toHaveLength(n - 2);
      const polygon =
        Math.abs(pts.reduce((sum, p, i) => sum + p.x * pts[(i + 1) % n].y - pts[(i + 1) % n].x * p.y, 0)) / 2;
      expect(tris.reduce((sum, t) => sum + area(t), 0)).toBeCloseTo(polygon, 6);
      const inside = (x: number, y: number) =>
        pts.every((p, i) => {
          const q = pts[(i + 1) % n];
          return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x) >= -1e-9;
        }) ||
        pts.every((p, i) => {
          const q = pts[(i + 1) % n];
          return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x) <= 1e-9;
        });
      for (const [ax, ay, bx, by, cx, cy] of tris) expect(inside((ax + bx + cx) / 3, (ay + by + cy) / 3)).toBe(true);
      const span = Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y));
      const summed = tris.reduce((sum, t) => sum + rows(t), 0);
      expect(summed, `n = ${n}`).toBeLessThanOrEqual(2 * span + 1e-9);
    }
  });

  test('a fan from one vertex would span many more rows: the strip is the cheap way for a circle', () => {
    const pts = circlePoints(0, 0, 40, 16);
    const { g, tris } = recorder();
    fillConvex(g, pts);
    const fan = pts.slice(1, -1).map((p, i): Tri => [pts[0].x, pts[0].y, p.x, p.y, pts[i + 2].x, pts[i + 2].y]);
    const sum = (ts: Tri[]) => ts.reduce((s, t) => s + rows(t), 0);
    expect(sum(tris)).toBeLessThan(sum(fan) / 2);
  });
});

describe('the board', () => {
  test('the commonest terrain is the one the canvas clears to; a tie goes to the first met', () => {
    const grid = (rowsText: string[]) => rowsText.map((r) => [...r] as TerrainCode[]);
    expect(commonestTerrain(grid(['~~~.', '..*.', '....']))).toBe('.');
    expect(commonestTerrain(grid(['~~..']))).toBe('~');
  });

  test('conditions shade the terrain as the old overlays did: night darkens, fog pales, day leaves it', () => {
    const open = 0x3b4a36;
    expect(shaded(open, { light: 'day', visibility: 'clear' })).toBe(open);
    const night = shaded(open, { light: 'night', visibility: 'clear' });
    const channel = (c: number, shift: number) => (c >> shift) & 255;
    for (const shift of [16, 8, 0]) {
      expect(channel(night, shift)).toBe(
        Math.round(channel(open, shift) + (channel(0x050a1a, shift) - channel(open, shift)) * 0.45),
      );
    }
    const fog = shaded(open, { light: 'day', visibility: 'fog' });
    for (const shift of [16, 8, 0]) expect(channel(fog, shift)).toBeGreaterThan(channel(open, shift));
    expect(shaded(open, { light: 'dusk', visibility: 'haze' })).not.toBe(
      shaded(open, { light: 'dusk', visibility: 'clear' }),
    );
  });
});

describe("the counters' stroke font", () => {
  test('every character of a track label has a glyph inside its box', () => {
    for (const ch of 'T0123456789') {
      const lines: number[][] = [];
      const g = { lineBetween: (...l: number[]) => lines.push(l) } as unknown as Phaser.GameObjects.Graphics;
      strokeText(g, ch, 10, 20, 12);
      expect(lines.length, ch).toBeGreaterThan(0);
      for (const [ax, ay, bx, by] of lines) {
        for (const x of [ax, bx]) {
          expect(x).toBeGreaterThanOrEqual(10);
          expect(x).toBeLessThanOrEqual(10 + strokeWidth(ch, 12));
        }
        for (const y of [ay, by]) {
          expect(y).toBeGreaterThanOrEqual(20);
          expect(y).toBeLessThanOrEqual(32);
        }
      }
    }
  });
});

describe('counter labels', () => {
  test('dark on a filled counter, white on a hollow one, white on any counter out of sight', () => {
    expect(labelStyle('hostile', false).colour).toBe(COUNTER_GROUND);
    expect(labelStyle('suspect', false).colour).toBe(0xffffff);
    expect(labelStyle('pending', false).colour).toBe(0xffffff);
    for (const aff of ['hostile', 'friendly', 'pending'] as const) expect(labelStyle(aff, true).colour).toBe(0xffffff);
  });
});
