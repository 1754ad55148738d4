import { describe, expect, it } from 'vitest';
import { advanceTo, apply, init, positionAt } from '../../../src/engine';
import { air, at, ground, message, scenario } from './fixtures';
import { contact, eventsOf, runTo } from './helpers';

const c1 = air(
  'c1',
  [
    [10, 'K4', 'transiting'],
    [20, 'K8', 'loitering'],
    [30, 'K8', 'departing'],
    [40, 'A8'],
  ],
  { cues: { altitude: 'high' } },
);
const sc = scenario({ contacts: [c1] });

describe('motion along the path', () => {
  it.each([
    // sec, x, y, activity, heading
    [10, 10, 3, 'transiting', 'S'],
    [15, 10, 5, 'transiting', 'S'],
    [17.5, 10, 6, 'transiting', 'S'],
    [20, 10, 7, 'loitering', 'stationary'],
    [25, 10, 7, 'loitering', 'stationary'],
    [30, 10, 7, 'departing', 'W'],
    [35, 5, 7, 'departing', 'W'],
    [40, 0, 7, 'departing', 'stationary'],
  ] as const)('at %ss it is at (%s, %s), %s, heading %s', (sec, x, y, activity, heading) => {
    const s = runTo(sc, sec);
    const c = contact(s, 'c1');
    expect(c.active).toBe(true);
    expect(c.x).toBeCloseTo(x, 9);
    expect(c.y).toBeCloseTo(y, 9);
    expect(c.activity).toBe(activity);
    expect(c.heading).toBe(heading);
    expect(positionAt(sc, s, 'c1', sec * 1000)).toEqual({ x: c.x, y: c.y });
  });

  it('is not on the map before its first waypoint', () => {
    const s = runTo(sc, 9.75);
    expect(contact(s, 'c1').active).toBe(false);
    expect(eventsOf(s, 'contact-appeared')).toEqual([]);
    expect(positionAt(sc, s, 'c1', 9750)).toBeNull();
  });

  it('appears at its first waypoint and leaves on the tick after its last', () => {
    const s = runTo(sc, 60);
    expect(eventsOf(s, 'contact-appeared')).toEqual([{ t: 10_000, type: 'contact-appeared', contact: 'c1' }]);
    expect(eventsOf(s, 'contact-left')).toEqual([{ t: 40_250, type: 'contact-left', contact: 'c1' }]);
    const c = contact(s, 'c1');
    expect(c).toMatchObject({ active: false, gone: true, perception: 'none', x: 0, y: 7 });
    expect(positionAt(sc, s, 'c1', 40_250)).toBeNull();
  });

  it('lingers at its last waypoint, stationary, when linger is set', () => {
    const lingering = scenario({ contacts: [{ ...c1, linger: true }] });
    const s = runTo(lingering, 300);
    expect(contact(s, 'c1')).toMatchObject({ active: true, gone: false, x: 0, y: 7, heading: 'stationary' });
    expect(contact(s, 'c1').activity).toBe('departing');
    expect(eventsOf(s, 'contact-left')).toEqual([]);
    expect(positionAt(lingering, s, 'c1', 500_000)).toEqual({ x: 0, y: 7 });
  });

  it('starts its path clock when its start inject fires', () => {
    const started = scenario({
      contacts: [
        air(
          'c2',
          [
            [0, 'F4'],
            [10, 'F8'],
          ],
          { start: 'go' },
        ),
      ],
      injects: [message('go', at(30), false)],
    });
    const before = runTo(started, 29.75);
    expect(contact(before, 'c2').clockStartMs).toBeNull();
    expect(positionAt(started, before, 'c2', 0)).toBeNull();
    const s = runTo(started, 35);
    expect(contact(s, 'c2').clockStartMs).toBe(30_000);
    expect(eventsOf(s, 'contact-appeared')).toEqual([{ t: 30_000, type: 'contact-appeared', contact: 'c2' }]);
    expect(contact(s, 'c2').y).toBeCloseTo(5, 9);
    expect(positionAt(started, s, 'c2', 40_000)).toEqual({ x: 5, y: 7 });
  });

  it('starts a contact at the moment a hand-fired optional inject fires', () => {
    const started = scenario({
      contacts: [
        air(
          'c2',
          [
            [0, 'F4'],
            [10, 'F8'],
          ],
          { start: 'go' },
        ),
      ],
      injects: [message('go', null, false)],
    });
    const s0 = advanceTo(started, init(started), 5000);
    const r = apply(started, s0, { type: 'fire', inject: 'go' });
    if (!r.ok) throw new Error(r.rejection.message);
    expect(contact(r.state, 'c2')).toMatchObject({ clockStartMs: 5000, active: true, x: 5, y: 3 });
  });

  it('tracks the closest approach to the post', () => {
    const s = runTo(sc, 60);
    expect(contact(s, 'c1').closestCells).toBeCloseTo(4, 9);
    expect(contact(init(sc), 'c1').closestCells).toBeNull();
  });

  it('gives null for an unknown contact', () => {
    expect(positionAt(sc, init(sc), 'nope', 0)).toBeNull();
  });

  it('moves ground contacts the same way', () => {
    const g = scenario({
      contacts: [
        ground('g1', [
          [0, 'B2'],
          [10, 'F2'],
        ]),
      ],
    });
    expect(contact(runTo(g, 5), 'g1')).toMatchObject({ x: 3, y: 1, heading: 'E' });
  });
});
