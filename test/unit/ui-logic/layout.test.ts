import { describe, expect, test } from 'vitest';
import { canvasFor, cellAt, layoutFor, toScreen } from '../../../src/game/layout';
import { ASSESSMENTS } from '../../../src/scenario/vocab';
import {
  AFFILIATIONS,
  ASSESSMENT_NAME,
  affiliationMeaning,
  affiliationOf,
  colourOf,
  FRAME,
  framePoints,
} from '../../../src/store/affiliation';

describe('map layout', () => {
  test('the grid fits the canvas and clicks map back to cells', () => {
    const l = layoutFor(800, 600, 12, 8);
    expect(l.ox + l.cols * l.cell).toBeLessThanOrEqual(800);
    expect(l.oy + l.rows * l.cell).toBeLessThanOrEqual(600);
    const p = toScreen(l, 4, 2);
    expect(cellAt(l, p.px, p.py)).toEqual({ c: 4, r: 2 });
    expect(cellAt(l, 0, 0)).toBeNull();
  });

  test('the canvas for a box holds the same grid as the box, with nothing to spare but the margin', () => {
    for (const [w, h, cols, rows] of [
      [1000, 640, 12, 8],
      [640, 1000, 12, 8],
      [1366, 768, 16, 12],
      [300, 200, 20, 20],
    ]) {
      const box = layoutFor(w, h, cols, rows);
      const size = canvasFor(w, h, cols, rows);
      expect(size.width).toBeLessThanOrEqual(w);
      expect(size.height).toBeLessThanOrEqual(h);
      const fitted = layoutFor(size.width, size.height, cols, rows);
      expect(fitted.cell).toBe(box.cell);
      expect(size.width - (fitted.ox + cols * fitted.cell)).toBe(8);
      expect(size.height - (fitted.oy + rows * fitted.cell)).toBe(8);
    }
    expect(canvasFor(1000, 640, 12, 8)).toEqual({ width: 2 * 8 + 22 + 75 * 12, height: 2 * 8 + 22 + 75 * 8 });
  });
});

describe('affiliation frames', () => {
  test('every pair of affiliations differs by shape or fill, not only colour', () => {
    for (const a of AFFILIATIONS) {
      for (const b of AFFILIATIONS) {
        if (a === b || (a === 'pending' && b === 'unknown') || (a === 'unknown' && b === 'pending')) continue;
        expect(FRAME[a], `${a} vs ${b}`).not.toEqual(FRAME[b]);
      }
    }
    expect(FRAME.pending.hollow).not.toBe(FRAME.unknown.hollow);
    expect(FRAME.suspect.hollow).not.toBe(FRAME.hostile.hollow);
  });

  test('classifications map to affiliations and palettes give a colour to each', () => {
    expect(affiliationOf(null)).toBe('pending');
    expect(affiliationOf('hazard')).toBe('hostile');
    expect(affiliationOf('authorized')).toBe('friendly');
    expect(colourOf('hostile', 'colorblind')).not.toBe(colourOf('hostile', 'standard'));
  });

  test('the map key names every classification once, under the affiliation the map draws it as', () => {
    const meanings = AFFILIATIONS.map(affiliationMeaning);
    expect(meanings[0]).toBe('Not yet classified');
    expect(affiliationMeaning('hostile')).toBe('Hazard (drone carrying an object)');
    for (const a of ASSESSMENTS) {
      const name = ASSESSMENT_NAME[a];
      expect(
        meanings.filter((m) => m.split(', ').includes(name)),
        a,
      ).toEqual([affiliationMeaning(affiliationOf(a))]);
    }
  });

  test('an inset counter outline lies inside the outline by the inset on every side', () => {
    for (const aff of AFFILIATIONS) {
      const outer = framePoints(aff, 0, 0, 20);
      const inner = framePoints(aff, 0, 0, 20, 3);
      expect(inner).toHaveLength(outer.length);
      const reach = (pts: { x: number; y: number }[], dx: number, dy: number) =>
        Math.max(...pts.map((p) => p.x * dx + p.y * dy));
      for (const [dx, dy] of [
        [1, 0],
        [0, 1],
        [Math.SQRT1_2, Math.SQRT1_2],
      ]) {
        expect(reach(outer, dx, dy) - reach(inner, dx, dy), `${aff} ${dx},${dy}`).toBeGreaterThanOrEqual(2.9);
      }
    }
  });
});
