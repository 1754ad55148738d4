import { describe, expect, test } from 'vitest';
import { cellAt, layoutFor, toScreen } from '../../../src/game/layout';
import { AFFILIATIONS, affiliationOf, colourOf, FRAME } from '../../../src/store/affiliation';

describe('map layout', () => {
  test('the grid fits the canvas and clicks map back to cells', () => {
    const l = layoutFor(800, 600, 12, 8);
    expect(l.ox + l.cols * l.cell).toBeLessThanOrEqual(800);
    expect(l.oy + l.rows * l.cell).toBeLessThanOrEqual(600);
    const p = toScreen(l, 4, 2);
    expect(cellAt(l, p.px, p.py)).toEqual({ c: 4, r: 2 });
    expect(cellAt(l, 0, 0)).toBeNull();
  });
});

describe('affiliation frames', () => {
  test('every pair of affiliations differs by shape or dash, not only colour', () => {
    for (const a of AFFILIATIONS) {
      for (const b of AFFILIATIONS) {
        if (a === b || (a === 'pending' && b === 'unknown') || (a === 'unknown' && b === 'pending')) continue;
        expect(FRAME[a], `${a} vs ${b}`).not.toEqual(FRAME[b]);
      }
    }
    expect(FRAME.pending.dashed).not.toBe(FRAME.unknown.dashed);
  });

  test('classifications map to affiliations and palettes give a colour to each', () => {
    expect(affiliationOf(null)).toBe('pending');
    expect(affiliationOf('hazard')).toBe('hostile');
    expect(affiliationOf('authorized')).toBe('friendly');
    expect(colourOf('hostile', 'colorblind')).not.toBe(colourOf('hostile', 'standard'));
  });
});
