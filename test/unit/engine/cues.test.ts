import { describe, expect, it } from 'vitest';
import { advanceTo } from '../../../src/engine';
import type { SeenCues } from '../../../src/engine/types';
import type { AirCues } from '../../../src/scenario/model';
import { air, ground, scenario } from './fixtures';
import { act, runTo } from './helpers';

const CUES: Partial<AirCues> = {
  lights: 'steady',
  lightColor: 'red',
  markings: 'grey body',
  carrying: true,
  count: 2,
  altitude: 'low',
};

/** The cues the track shows after marking a hovering contact `cols` cells east of the post. */
function seenAt(cols: number, cues: Partial<AirCues> = CUES): SeenCues {
  const target = `${String.fromCharCode(65 + cols)}4`;
  const sc = scenario({ contacts: [air('c', [[0, target, 'hovering']], { linger: true, cues })] });
  return act(sc, runTo(sc, 1), { type: 'mark', contact: 'c' }).tracks[0].cues;
}

const BASIC = { activity: 'hovering', direction: 'stationary', count: 2, altitude: 'low', lights: 'steady' };
const DETAIL = { ...BASIC, type: 'multirotor', size: 'small', lightColor: 'red' };
const CLOSE = { ...DETAIL, markings: 'grey body', carrying: true };

describe('cues read off an observable air contact (R = 5): q = distance / R', () => {
  it.each([
    [5, 1, BASIC],
    [4, 0.8, BASIC],
    [3, 0.6, DETAIL],
    [2, 0.4, CLOSE],
    [1, 0.2, CLOSE],
  ] as const)('at %s cells (q %s) the track shows %o', (cols, _q, expected) => {
    expect(seenAt(cols)).toEqual(expected);
  });

  it('shows lights "none" and no colour for a contact without lights, once close enough to read detail', () => {
    expect(seenAt(2, { ...CUES, lights: 'none' })).toEqual({
      activity: 'hovering',
      direction: 'stationary',
      count: 2,
      altitude: 'low',
      lights: 'none',
      type: 'multirotor',
      size: 'small',
      markings: 'grey body',
      carrying: true,
    });
    expect(seenAt(5, { ...CUES, lights: 'none' }).lights).toBeUndefined();
  });

  it('is fair: focused, a trainee reads type and size of a small drone at 3 cells, and at 4 (unfocused: not at 4)', () => {
    for (const [target, focused, readsType] of [
      ['D4', true, true],
      ['E4', true, true],
      ['E4', false, false],
    ] as const) {
      const sc = scenario({ contacts: [air('c', [[0, target, 'hovering']], { linger: true })] });
      let s = runTo(sc, 1);
      if (focused) s = advanceTo(sc, act(sc, s, { type: 'focus', sector: 'east' }), 2000);
      s = act(sc, s, { type: 'mark', contact: 'c' });
      expect(s.tracks[0].cues.type === 'multirotor' && s.tracks[0].cues.size === 'small').toBe(readsType);
      expect(s.tracks[0].cues.markings).toBeUndefined();
    }
  });
});

describe('sound', () => {
  it('is heard within hearing range, even while only an indication', () => {
    // loud: H = 4; at 4 cells behind a structure the contact is only heard
    const sc = scenario({
      contacts: [air('c', [[0, 'E4', 'hovering']], { linger: true, cues: { sound: 'loud' } })],
      map: {
        ...scenario().map,
        terrain: scenario().map.terrain.map((row, r) => (r === 3 ? row.map((t, c) => (c === 2 ? '#' : t)) : row)),
      },
    });
    const s = act(sc, runTo(sc, 1), { type: 'mark', contact: 'c' });
    expect(s.contacts[0].perception).toBe('indication');
    expect(s.tracks[0].cues).toEqual({ sound: 'loud' });
    expect(s.tracks[0].visible).toBe(false);
  });
  it('is not recorded beyond hearing range', () => {
    expect(seenAt(3, { ...CUES, sound: 'faint' }).sound).toBeUndefined();
    expect(seenAt(2, { ...CUES, sound: 'faint' }).sound).toBe('faint');
  });
});

describe('cues read off a ground contact (person: R = 4.5)', () => {
  it.each([
    [4, { activity: 'hovering', direction: 'stationary', kind: 'person' }],
    [3, { activity: 'hovering', direction: 'stationary', kind: 'person', behavior: 'walking a dog' }],
    [
      2,
      {
        activity: 'hovering',
        direction: 'stationary',
        kind: 'person',
        behavior: 'walking a dog',
        markings: 'red jacket',
      },
    ],
  ] as const)('at %s cells the track shows %o', (cols, expected) => {
    const target = `${String.fromCharCode(65 + cols)}4`;
    const sc = scenario({ contacts: [ground('g', [[0, target, 'hovering']], { linger: true })] });
    expect(act(sc, runTo(sc, 1), { type: 'mark', contact: 'g' }).tracks[0].cues).toEqual(expected);
  });
});

describe('tracks over time', () => {
  // Comes in from J4 (9 cells) to C4 (2 cells), then leaves east to Z4.
  const sc = scenario({
    contacts: [
      air(
        'c',
        [
          [0, 'J4', 'approaching'],
          [70, 'C4', 'hovering'],
          [80, 'C4', 'departing'],
          [180, 'Z4'],
        ],
        { cues: CUES },
      ),
    ],
  });
  const marked = () => act(sc, runTo(sc, 40), { type: 'mark', contact: 'c' });

  it('accumulates cues and overwrites activity and direction', () => {
    const s = advanceTo(sc, marked(), 100_000);
    expect(s.tracks[0].cues).toEqual({ ...CLOSE, activity: 'departing', direction: 'E' });
  });

  it('copies position and last-seen time while observable; keeps the last known position after', () => {
    const s = advanceTo(sc, marked(), 150_000);
    const c = s.contacts[0];
    expect(c.perception).not.toBe('observable');
    const t = s.tracks[0];
    expect(t.visible).toBe(false);
    const lost = s.log.find((e) => e.type === 'contact-lost');
    expect(t.lastSeenMs).toBe((lost?.t ?? 0) - 250);
    // leaving C4 (x 2) at 80 s for Z4 (x 25) at 180 s: out of sight (x > 5) from 93.25 s
    expect(lost?.t).toBe(93_250);
    expect(t.x).toBeCloseTo(2 + 0.23 * 13, 9);
    expect(c.x).toBeCloseTo(2 + 0.23 * 70, 9);
  });
});
