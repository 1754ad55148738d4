/** The scrubber and problem places: contacts by their paths at a moment, sight range, problems on the map. */
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { modelOf } from '../../../src/studio/model';
import { readPartial } from '../../../src/studio/partial';
import { cellsOfPointer, placeProblems } from '../../../src/studio/places';
import { conditionsAt, contactsAt, sightRangeAt } from '../../../src/studio/scrub';
import { builtin, commented } from './helpers';

describe('contactsAt', () => {
  const p = readPartial(commented());

  test('a contact is on its path between waypoints, absent before and after', () => {
    expect(contactsAt(p, 0)).toEqual([]);
    const at = contactsAt(p, 100_000);
    expect(at.map((c) => c.id)).toEqual(['birds']);
    // birds: A3 at 0:40 → L3 at 2:40, so at 1:40 it is half way: x = 5.5, y = 2.
    expect(at[0]).toMatchObject({ x: 5.5, y: 2, activity: 'transiting', truth: 'bird' });
    expect(contactsAt(p, 200_000).find((c) => c.id === 'drone')).toMatchObject({ x: 5, y: 3, activity: 'loitering' });
    expect(contactsAt(p, 400_000)).toEqual([]);
  });

  test('a lingering contact stays at its last waypoint; one started by a timed inject counts from it', () => {
    const text = commented()
      .replace('"id": "birds",', '"id": "birds", "linger": true,')
      .replace('"id": "drone",', '"id": "drone", "start": "welcome",');
    const q = readPartial(text);
    expect(contactsAt(q, 400_000).find((c) => c.id === 'birds')).toMatchObject({ x: 11, y: 2 });
    expect(contactsAt(q, 125_000).find((c) => c.id === 'drone')).toMatchObject({ x: 5, y: 0 });
  });

  test('unreadable waypoints are skipped while typing', () => {
    const q = readPartial(commented().replace('"cell": "L3"', '"cell": "L"'));
    expect(contactsAt(q, 40_000).find((c) => c.id === 'birds')).toMatchObject({ x: 0, y: 2 });
    expect(contactsAt(q, 100_000).find((c) => c.id === 'birds')).toBeUndefined();
  });
});

describe('conditions and sight range over time', () => {
  const parsed = parseScenario(builtin('full-shift.json'));
  if (!parsed.ok) throw new Error('built-in must parse');
  const scenario = parsed.value;
  const change = scenario.injects.find((i) => i.type === 'conditions' && i.trigger?.kind === 'at');

  test('a timed conditions inject changes the conditions and the sight range from its time on', () => {
    if (change?.type !== 'conditions' || change.trigger?.kind !== 'at')
      throw new Error('full shift changes conditions');
    const t = change.trigger.atMs;
    expect(conditionsAt(scenario, t - 1)).toEqual(scenario.conditions);
    expect(conditionsAt(scenario, t)).toEqual({ ...scenario.conditions, ...change.conditions });
    expect(sightRangeAt(scenario, t)).not.toBe(sightRangeAt(scenario, t - 1));
  });
});

describe('problems on the map', () => {
  const p = readPartial(commented());

  test('pointers to placed things give their cells', () => {
    expect(cellsOfPointer(p, '/post/cell')).toEqual(['F7']);
    expect(cellsOfPointer(p, '/team/0')).toEqual(['H6']);
    expect(cellsOfPointer(p, '/sectors/1/cells')).toEqual(['E1:H5']);
    expect(cellsOfPointer(p, '/map/terrain/2')).toEqual(['A3:L3']);
    expect(cellsOfPointer(p, '/contacts/1/path/2/at')).toEqual(['F4']);
    expect(cellsOfPointer(p, '/contacts/0/truth')).toEqual(['A3', 'L3']);
    expect(cellsOfPointer(p, '/injects/0/at')).toEqual([]);
  });

  test('placeProblems keeps the problems that have a place', () => {
    const m = modelOf(commented().replace('"cell": "H6"', '"cell": "Q6"'));
    const placed = placeProblems(m.partial, m.problems);
    expect(placed.map((x) => [x.problem.pointer, x.cells])).toEqual([['/team/0/cell', ['Q6']]]);
  });
});
