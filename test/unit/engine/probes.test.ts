import { describe, expect, it } from 'vitest';
import { matchCount, matchNames, normalizeChoice } from '../../../src/engine/probes';
import type { State } from '../../../src/engine/types';
import type { Inject, Scenario } from '../../../src/scenario/model';
import type { Compute } from '../../../src/scenario/schema';
import { air, ground, inject, rangeCells, scenario } from './fixtures';
import { act, eventsOf, runTo } from './helpers';

// At 10 s: a1 hovers at D4 (observable), a2 flies south through F2 (indication only), a3 is far (Z8),
// a4 flies north-east through H3 (indication only, leaves at 20 s), g1 stands at C6 (observable).
const contacts = [
  air('a1', [[0, 'D4', 'hovering']], { linger: true }),
  air('a2', [
    [0, 'F1'],
    [70, 'F8'],
  ]),
  air('a3', [[0, 'Z8']], { linger: true }),
  air('a4', [
    [0, 'G4'],
    [20, 'I2'],
  ]),
  ground('g1', [[0, 'C6']], { linger: true }),
];
const sectors = [
  { id: 'north', name: 'North', cells: rangeCells('A1', 'Z3') },
  { id: 'south', name: 'South Field', cells: rangeCells('A5', 'Z8') },
];

function probe(compute: Compute | null, choices: string[], answer: number | null = null): Inject {
  return inject('p', null, { type: 'probe', question: '?', choices, answer, compute, level: 2 });
}

/** The probe's computed truth when fired by hand at 10 s (after `prep`). */
function truthOf(compute: Compute | null, choices: string[], prep = (_sc: Scenario, s: State) => s): number | null {
  const sc = scenario({ contacts, sectors, injects: [probe(compute, choices)] });
  const s = act(sc, prep(sc, runTo(sc, 10)), { type: 'fire', inject: 'p' });
  expect(s.frozenProbe).toBe('p');
  return s.probeTruth.p;
}

describe('probe truth', () => {
  it('is the written answer when there is one', () => {
    const sc = scenario({ contacts, injects: [probe({ countInRange: 'air' }, ['0', '1'], 0)] });
    expect(act(sc, runTo(sc, 10), { type: 'fire', inject: 'p' }).probeTruth.p).toBe(0);
  });

  it.each<[string, Compute, string[], number | null]>([
    ['air observable: 1', { countInRange: 'air' }, ['0', '1', '2', '3+'], 1],
    ['all observable: 2', { countInRange: 'all' }, ['0', '1', '2', '3+'], 2],
    ['ground observable: 1', { countInRange: 'ground' }, ['none', ' 1 ', '2'], 1],
    ['all: 2 matches "2+"', { countInRange: 'all' }, ['none', '1', '2+'], 2],
    ['all: no match', { countInRange: 'all' }, ['0', '1', '3'], null],
    ['sector of a1 (row 4): none', { sectorOf: 'a1' }, ['North', 'South Field', 'None'], 2],
    ['sector of a1: "no sector"', { sectorOf: 'a1' }, ['North', 'No sector'], 1],
    ['sector of a2 by name', { sectorOf: 'a2' }, ['south field', 'north'], 1],
    ['sector of g1 by name, spaces ignored', { sectorOf: 'g1' }, ['north', 'SouthField'], 1],
    ['sector of g1 by id', { sectorOf: 'g1' }, ['north', 'south'], 1],
    ['sector of a2: no matching choice', { sectorOf: 'a2' }, ['east', 'west'], null],
    ['heading of a2 (S), abbreviation', { headingOf: 'a2' }, ['N', 'S', 'E'], 1],
    ['heading of a2 (S), full name', { headingOf: 'a2' }, ['north', 'South'], 1],
    ['heading of a4 (NE), "North East"', { headingOf: 'a4' }, ['North West', 'North East'], 1],
    ['heading of a4 (NE), "north-east"', { headingOf: 'a4' }, ['north-east', 'NW'], 0],
    ['heading of a1 (stationary), "hovering"', { headingOf: 'a1' }, ['N', 'hovering'], 1],
    ['heading of a1 (stationary), "Stationary"', { headingOf: 'a1' }, ['Stationary', 'N'], 0],
    ['heading of a4 (NE), abbreviation', { headingOf: 'a4' }, ['NE', 'stationary'], 0],
    ['nearest air: a1 by cell', { nearest: 'air' }, ['F2', 'D4', 'T1'], 1],
    ['nearest of all: g1 by cell', { nearest: 'all' }, ['C6', 'D4'], 0],
    ['nearest ground: g1', { nearest: 'ground' }, ['D4', 'c6'], 1],
  ])('%s', (_name, compute, choices, expected) => {
    expect(truthOf(compute, choices)).toBe(expected);
  });

  it('names the nearest contact by its track label once tracked', () => {
    const mark = (sc: Scenario, s: State) => act(sc, s, { type: 'mark', contact: 'a1' });
    expect(truthOf({ nearest: 'air' }, ['D4', 'T1'], mark)).toBe(1);
  });

  it('is computed at the freeze (a contact that left is no longer counted)', () => {
    const sc = scenario({ contacts, sectors, injects: [probe({ headingOf: 'a4' }, ['NE', 'stationary'])] });
    const s = act(sc, runTo(sc, 30), { type: 'fire', inject: 'p' });
    expect(s.probeTruth.p).toBeNull();
  });

  it('is unscorable (null) with neither answer nor compute, and answers then score null', () => {
    const sc = scenario({ contacts, injects: [probe(null, ['a', 'b'])] });
    let s = act(sc, runTo(sc, 10), { type: 'fire', inject: 'p' });
    expect(s.probeTruth).toEqual({ p: null });
    s = act(sc, s, { type: 'answer', probe: 'p', choice: 0 });
    expect(eventsOf(s, 'probe-answered')[0].correct).toBeNull();
  });
});

describe('choice matching', () => {
  it.each<[string[], number, number | null]>([
    [['0', '1', '2', '3+'], 5, 3],
    [['1+', '2+', '4+'], 3, 1],
    [['none', '1', '2+'], 0, 0],
    [['0', 'none'], 0, 0],
    [['1', '2'], 0, null],
    [['1', '2', '3'], 2, 1],
    [['2+', '3'], 1, null],
  ])('count: %o with %s → %s', (choices, n, expected) => {
    expect(matchCount(choices, n)).toBe(expected);
  });
  it('normalizes case, spaces, hyphens and underscores', () => {
    expect(normalizeChoice(' North-East ')).toBe('northeast');
    expect(normalizeChoice('south_west')).toBe('southwest');
    expect(matchNames(['x', 'North East'], ['northeast'])).toBe(1);
    expect(matchNames(['x'], ['northeast'])).toBeNull();
  });
});
