import { describe, expect, it } from 'vitest';
import { advance, advanceTo, apply, init, replay } from '../../../src/engine';
import type { Action, State } from '../../../src/engine/types';
import type { Inject } from '../../../src/scenario/model';
import type { ActionFile } from '../../../src/scenario/schema';
import { air, at, ground, inject, message, scenario } from './fixtures';

// Several contacts crossing in and out of sight (indications draw from the PRNG), injects of every kind.
const sc = scenario({
  contacts: [
    air('c1', [
      [0, 'Z4'],
      [100, 'C4', 'loitering'],
      [160, 'C2', 'departing'],
      [260, 'Z1'],
    ]),
    air(
      'c2',
      [
        [0, 'G2', 'hovering'],
        [30, 'H6'],
      ],
      { linger: true, cues: { sound: 'loud' }, start: 'go' },
    ),
    air('c3', [
      [20, 'Z8'],
      [200, 'A8'],
    ]),
    ground(
      'g1',
      [
        [0, 'K7'],
        [120, 'E7', 'loitering'],
      ],
      { linger: true },
    ),
  ],
  injects: [
    message('m1', at(10)),
    message('go', { kind: 'contactWithin', contact: 'c1', cells: 8 }, false),
    inject('fog', at(50), { type: 'conditions', conditions: { visibility: 'haze' } }),
    inject('cx', at(70), { type: 'comms', channel: 'primary', status: 'degraded' }),
    inject('p1', at(90), {
      type: 'probe',
      question: '?',
      choices: ['0', '1', '2', '3+'],
      answer: null,
      compute: { countInRange: 'all' },
      level: 1,
    }),
    inject('d1', { kind: 'after', inject: 'p1', delayMs: 5000 }, { type: 'discussion', question: '?' }),
  ] as Inject[],
});
const script: ActionFile[] = [
  { at: '0:20', type: 'emissions', state: 'off' },
  { at: '0:30', type: 'focus', sector: 'east' },
  { at: '1:06', type: 'mark', cell: 'H6' },
  { at: '1:30', type: 'mark', contact: 'c1' },
  { at: '1:31', type: 'classify', contact: 'c1', as: 'suspicious-uas' },
  { at: '1:32', type: 'report', contact: 'c1', channel: 'primary', report: { count: 1 } },
  { at: '1:40', type: 'answer', probe: 'p1', choice: 1 },
  { at: '1:50', type: 'ack', inject: 'm1' },
  { at: '2:00', type: 'discuss', inject: 'd1', text: 'ok' },
  { at: '2:10', type: 'posture', posture: 'cover' },
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('determinism', () => {
  it('replays the same scenario, seed and actions to an identical state', () => {
    const a = replay(sc, { seed: 3, actions: script });
    const b = replay(sc, { seed: 3, actions: script });
    expect(a.rejected).toEqual([]);
    expect(a).toStrictEqual(b);
    expect(a.state.log.length).toBeGreaterThan(20);
  });

  it('gives the same state whether time is advanced in one step or many', () => {
    const one = advanceTo(sc, init(sc), 80_000);
    let many = init(sc);
    for (let k = 0; k < 80; k++) many = advance(sc, many, 1000);
    let odd = init(sc);
    while (odd.t < 80_000) odd = advance(sc, odd, 500);
    expect(many).toStrictEqual(one);
    expect(odd).toStrictEqual(one);
  });

  it('changes only the indication cells with the seed (when no mark depends on them)', () => {
    const byContact = script.filter((a) => a.type !== 'mark' || a.contact);
    const logs = [1, 2, 3, 4].map((seed) => replay(sc, { seed, actions: byContact }).state.log);
    const indicated = logs.map((log) => log.filter((e) => e.type === 'contact-indicated'));
    const strip = (log: State['log']) => log.filter((e) => e.type !== 'contact-indicated' && e.type !== 'run-started');
    for (const log of logs) expect(strip(log)).toEqual(strip(logs[0]));
    expect(new Set(indicated.map((e) => JSON.stringify(e))).size).toBeGreaterThan(1);
  });

  it('survives a JSON round trip unchanged at every stage', () => {
    const states: State[] = [init(sc), advanceTo(sc, init(sc), 90_000)];
    const r = replay(sc, { actions: script });
    states.push(r.state);
    expect(states[1].frozenProbe).toBe('p1');
    expect(r.state.tracks.length).toBe(2);
    for (const s of states) expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
  });

  it('never mutates its input state or scenario', () => {
    deepFreeze(sc);
    const frozen = deepFreeze(advanceTo(sc, init(sc), 90_000));
    const snapshot = JSON.stringify(frozen);
    const actions: Action[] = [
      { type: 'answer', probe: 'p1', choice: 0 },
      { type: 'emissions', state: 'off' },
      { type: 'focus', sector: 'east' },
      { type: 'mark', contact: 'c1' },
      { type: 'mark', cell: 'A1' },
      { type: 'ack', inject: 'm1' },
      { type: 'posture', posture: 'alert' },
    ];
    let s = frozen;
    for (const action of actions) {
      const r = apply(sc, deepFreeze(s), action);
      expect(r.ok).toBe(true);
      if (r.ok) s = r.state;
    }
    const moved = advance(sc, deepFreeze(s), 100_000);
    expect(moved.t).toBe(190_000);
    expect(advanceTo(sc, deepFreeze(moved), 700_000).ended).toBe(true);
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});
