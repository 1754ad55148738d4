import { describe, expect, it } from 'vitest';
import { advance, hearingRange, init, lineFactor, sightRange, TICK_MS } from '../../../src/engine';
import { cellsBetween } from '../../../src/engine/los';
import type { State } from '../../../src/engine/types';
import type { ConditionsState, Contact } from '../../../src/scenario/model';
import { air, cell, ground, mapOf, OPEN_ROWS, scenario } from './fixtures';
import { act, contact, eventsOf, runTo } from './helpers';

/** The map with row 4 (where the post A4 is) replaced. */
function row4(row: string) {
  return mapOf(OPEN_ROWS.map((r, i) => (i === 3 ? row.padEnd(26, '.') : r)));
}
const DAY: ConditionsState = { light: 'day', visibility: 'clear', wind: 'calm' };

/** The sight range of contact `c` standing at its first waypoint at t = 0 under `conditions` and `focus`. */
function range(c: Contact, conditions: Partial<ConditionsState> = {}, focus: string | null = null, row = '') {
  const sc = scenario({ contacts: [c], map: row ? row4(row) : mapOf(OPEN_ROWS) });
  const s: State = { ...init(sc), conditions: { ...DAY, ...conditions }, focus };
  return sightRange(sc, s, c.id);
}
const at5 = (cues = {}) => air('c', [[0, 'F4']], { linger: true, cues });
const highAt5 = (cues = {}) => at5({ altitude: 'high', ...cues });

describe('sight range R = observeRange × light × visibility × size × focus (+2 high ground) × terrain', () => {
  it.each([
    ['clear day, small drone', 5, at5(), {}, null, ''],
    ['dusk', 3.75, at5(), { light: 'dusk' }, null, ''],
    ['night', 2.5, at5(), { light: 'night' }, null, ''],
    ['night, steady lights', 5, at5({ lights: 'steady' }), { light: 'night' }, null, ''],
    ['dusk, flashing lights', 5, at5({ lights: 'flashing' }), { light: 'dusk' }, null, ''],
    ['haze', 3.5, at5(), { visibility: 'haze' }, null, ''],
    ['fog', 2.25, at5(), { visibility: 'fog' }, null, ''],
    ['night fog', 1.125, at5(), { light: 'night', visibility: 'fog' }, null, ''],
    ['medium drone', 6.25, at5({ size: 'medium' }), {}, null, ''],
    ['large drone', 7.5, at5({ size: 'large' }), {}, null, ''],
    ['group of 3 small', 5.75, at5({ count: 3 }), {}, null, ''],
    ['group of 4 large', 8.625, at5({ size: 'large', count: 4 }), {}, null, ''],
    ['person', 4.5, ground('c', [[0, 'F4']]), {}, null, ''],
    ['vehicle', 6, ground('c', [[0, 'F4']], { cues: { kind: 'vehicle' } }), {}, null, ''],
    ['person at night (no lights for ground)', 2.25, ground('c', [[0, 'F4']]), { light: 'night' }, null, ''],
    ['focused on its sector', 6.5, at5(), {}, 'east', ''],
    ['focused on another sector', 5, at5(), {}, 'far', ''],
    ['post on high ground', 7, at5(), {}, null, '^'],
    ['high ground and focus', 8.5, at5(), {}, 'east', '^'],
    ['structure between, low drone', 0, at5(), {}, null, '..#'],
    ['structure between, medium drone', 5, at5({ altitude: 'medium' }), {}, null, '..#'],
    ['structure between, high drone', 5, highAt5(), {}, null, '..#'],
    ['structure between, person', 0, ground('c', [[0, 'F4']]), {}, null, '..#'],
    ['structure in the contact’s own cell', 5, at5(), {}, null, '.....#'],
    ['one vegetation cell', 3.5, at5(), {}, null, '..*'],
    ['two vegetation cells', 2.45, at5(), {}, null, '..**'],
    ['vegetation, person', 3.15, ground('c', [[0, 'F4']]), {}, null, '...*'],
    ['vegetation, high drone', 5, highAt5(), {}, null, '..**'],
    ['vegetation and high ground', 4.9, at5(), {}, null, '^.*'],
  ] as const)('%s → %s', (_name, expected, c, conditions, focus, row) => {
    expect(range(c as Contact, conditions, focus, row)).toBeCloseTo(expected, 9);
  });
});

describe('hearing range H = sound × wind', () => {
  it.each([
    ['loud', 'calm', 4],
    ['faint', 'calm', 2],
    ['none', 'calm', 0],
    ['loud', 'breezy', 3],
    ['faint', 'gusty', 1],
  ] as const)('%s in %s wind → %s', (sound, wind, expected) => {
    const sc = scenario({ contacts: [at5({ sound })] });
    expect(hearingRange(sc, { ...init(sc), conditions: { ...DAY, wind } }, 'c')).toBe(expected);
  });
  it('is 0 for ground contacts', () => {
    const sc = scenario({ contacts: [ground('c', [[0, 'F4']])] });
    expect(hearingRange(sc, init(sc), 'c')).toBe(0);
  });
});

describe('line of sight', () => {
  it('walks the Bresenham cells strictly between the ends', () => {
    expect(cellsBetween(cell('A4'), cell('F4'))).toEqual(['B4', 'C4', 'D4', 'E4'].map(cell));
    expect(cellsBetween(cell('A1'), cell('D4'))).toEqual(['B2', 'C3'].map(cell));
    expect(cellsBetween(cell('A1'), cell('A1'))).toEqual([]);
    expect(cellsBetween(cell('A1'), cell('B1'))).toEqual([]);
  });
  it('is symmetric in length and never includes the ends', () => {
    for (const [a, b] of [
      ['A1', 'H3'],
      ['C7', 'J2'],
      ['Z8', 'A1'],
    ]) {
      const cells = cellsBetween(cell(a), cell(b));
      expect(cells).not.toContainEqual(cell(a));
      expect(cells).not.toContainEqual(cell(b));
      expect(cells.length).toBe(cellsBetween(cell(b), cell(a)).length);
    }
  });
  it('blocks on a structure and thins on vegetation', () => {
    const map = row4('...*#');
    expect(lineFactor(map, cell('A4'), cell('D4'))).toBe(1);
    expect(lineFactor(map, cell('A4'), cell('E4'))).toBeCloseTo(0.7, 12);
    expect(lineFactor(map, cell('A4'), cell('F4'))).toBe(0);
  });
});

describe('perception from distance', () => {
  /** Perception of a lingering contact `cols` cells east of the post. */
  function perceptionAt(cols: number, cues = {}, conditions: Partial<ConditionsState> = {}, row = '') {
    const target = String.fromCharCode(65 + cols);
    const sc = scenario({
      contacts: [air('c', [[0, `${target}4`]], { linger: true, cues })],
      conditions: { ...DAY, ...conditions },
      map: row ? row4(row) : mapOf(OPEN_ROWS),
    });
    return contact(runTo(sc, 1), 'c').perception;
  }
  it.each([
    [5, {}, {}, '', 'observable'],
    [6, {}, {}, '', 'indication'],
    [7, {}, {}, '', 'indication'],
    [8, {}, {}, '', 'none'],
    [3, {}, { visibility: 'fog' }, '', 'indication'],
    [2, {}, { visibility: 'fog' }, '', 'observable'],
    [4, {}, { light: 'night' }, '', 'none'],
    [4, { lights: 'flashing' }, { light: 'night' }, '', 'observable'],
    [3, {}, {}, '.#', 'none'],
    [3, { sound: 'loud' }, {}, '.#', 'indication'],
    [4, { sound: 'loud' }, { wind: 'breezy' }, '.#', 'none'],
    [3, { sound: 'loud' }, { wind: 'breezy' }, '.#', 'indication'],
    [9, { sound: 'faint' }, {}, '', 'none'],
    [2, { sound: 'faint' }, {}, '.#', 'indication'],
  ] as const)('%s cells, cues %o, conditions %o, row "%s" → %s', (cols, cues, conditions, row, expected) => {
    expect(perceptionAt(cols, cues, conditions, row)).toBe(expected);
  });
});

describe('perception transitions', () => {
  // Flies in from Z4 to B4 (1 cell from the post) and back out.
  const inbound = air('c', [
    [0, 'Z4'],
    [100, 'B4'],
    [200, 'Z4'],
  ]);
  const sc = scenario({ contacts: [inbound] });

  it('logs indicated → observable → lost, in order, once each way', () => {
    const s = runTo(sc, 300);
    const types = s.log.filter((e) => e.type.startsWith('contact-')).map((e) => e.type);
    expect(types).toEqual([
      'contact-appeared',
      'contact-indicated',
      'contact-observable',
      'contact-lost',
      'contact-left',
    ]);
    const observable = eventsOf(s, 'contact-observable')[0];
    expect(contact(s, 'c').firstObservableMs).toBe(observable.t);
    // x = 25 − 24·t/100 s: observable once x ≤ 5 (t ≥ 83.33 s), indicated once x ≤ 7.5 (t ≥ 72.92 s)
    expect(observable.t).toBe(83_500);
    expect(eventsOf(s, 'contact-indicated')[0].t).toBe(73_000);
    expect(eventsOf(s, 'contact-lost')[0].t).toBe(116_750);
  });

  it('places an indication within one cell of the contact, with the same offset as it moves', () => {
    const a = runTo(sc, 74);
    const b = runTo(sc, 76);
    for (const s of [a, b]) {
      const c = contact(s, 'c');
      expect(c.perception).toBe('indication');
      expect(c.indicationCell?.c).toBe(Math.round(c.x) + c.jitter.dx);
      expect(c.indicationCell?.r).toBe(Math.round(c.y) + c.jitter.dy);
      expect(Math.abs(c.jitter.dx)).toBeLessThanOrEqual(1);
      expect(Math.abs(c.jitter.dy)).toBeLessThanOrEqual(1);
    }
    expect(contact(a, 'c').jitter).toEqual(contact(b, 'c').jitter);
    expect(b.rng).toBe(a.rng);
  });

  it('draws the jitter from the seeded PRNG, so seeds change where indications appear', () => {
    const cells = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const s = runTo(sc, 74, seed);
      cells.add(JSON.stringify(contact(s, 'c').jitter));
      expect(s.rng).not.toBe(init(sc, seed).rng);
      expect(eventsOf(s, 'contact-indicated')[0].cell).toMatch(/^[F-I][3-5]$/);
    }
    expect(cells.size).toBeGreaterThan(3);
  });

  it('clamps the indication cell to the map', () => {
    const edge = scenario({ contacts: [air('c', [[0, 'F1']], { linger: true })] });
    let clamped = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const c = contact(runTo(edge, 1, seed), 'c');
      expect(c.perception).toBe('indication');
      expect(c.indicationCell?.r).toBe(Math.max(0, c.jitter.dy));
      if (c.jitter.dy < 0) clamped++;
    }
    expect(clamped).toBeGreaterThan(0);
  });

  it('clears the indication cell when the contact becomes observable', () => {
    const c = contact(runTo(sc, 90), 'c');
    expect(c.perception).toBe('observable');
    expect(c.indicationCell).toBeNull();
  });

  it('makes a contact observable on the next tick after focusing its sector', () => {
    const far = scenario({ contacts: [air('c', [[0, 'G4']], { linger: true })] });
    const s = runTo(far, 1);
    expect(contact(s, 'c').perception).toBe('indication');
    const focused = act(far, s, { type: 'focus', sector: 'east' });
    expect(contact(focused, 'c').perception).toBe('indication');
    const next = advance(far, focused, TICK_MS);
    expect(contact(next, 'c').perception).toBe('observable');
    expect(eventsOf(next, 'contact-observable')).toEqual([{ t: 1250, type: 'contact-observable', contact: 'c' }]);
  });
});
