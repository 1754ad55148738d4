import { describe, expect, it } from 'vitest';
import { actionTimeMs, advanceTo, init, replay } from '../../../src/engine';
import type { ActionFile } from '../../../src/scenario/schema';
import { air, at, inject, message, scenario } from './fixtures';
import { act, eventsOf } from './helpers';

const probeAt = (id: string, sec: number) =>
  inject(id, at(sec), { type: 'probe', question: '?', choices: ['a', 'b', 'c'], answer: 2, compute: null, level: 1 });
const sc = scenario({
  durationMs: 300_000,
  contacts: [air('c1', [[0, 'D4', 'hovering']], { linger: true })],
  injects: [message('m1', at(5)), probeAt('p1', 60), probeAt('p2', 120)],
});
const answers: ActionFile[] = [
  { at: '1:10', type: 'answer', probe: 'p1', choice: 2 },
  { at: '2:05', type: 'answer', probe: 'p2', choice: 0 },
];

describe('replay', () => {
  it('rejects null and other non-object actions instead of throwing, and plays on', () => {
    const junk = [null, 7, 'mark', { at: 10, type: 'posture', posture: 'alert' }] as unknown as ActionFile[];
    const r = replay(sc, { actions: [...junk, ...answers] });
    expect(r.rejected.map((x) => [x.index, x.rejection.rejected])).toEqual([
      [0, 'bad-action'],
      [1, 'bad-action'],
      [2, 'bad-action'],
    ]);
    expect(r.state.posture).toBe('alert');
    expect(r.state.ended).toBe(true);
  });

  it('rounds action times up to the next tick', () => {
    expect(actionTimeMs('0:10')).toBe(10_000);
    expect(actionTimeMs(10.1)).toBe(10_250);
    expect(actionTimeMs(0.001)).toBe(250);
    expect(actionTimeMs('x')).toBeNull();
  });

  it('applies each action at its time and plays to the end of the run', () => {
    const r = replay(sc, {
      actions: [
        { at: 10.1, type: 'posture', posture: 'alert' },
        { at: '0:20', type: 'mark', contact: 'c1' },
        ...answers,
      ],
    });
    expect(r.rejected).toEqual([]);
    expect(r.stoppedAtProbe).toBeNull();
    expect(r.state).toMatchObject({ ended: true, endReason: 'duration', t: 300_000, seed: 7 });
    expect(eventsOf(r.state, 'posture-changed')[0].t).toBe(10_250);
    expect(eventsOf(r.state, 'track-created')[0].t).toBe(20_000);
  });

  it('applies an answer at its probe’s freeze, whatever its later time; later actions keep their times', () => {
    const r = replay(sc, {
      actions: [answers[0], { at: '1:30', type: 'ack', inject: 'm1' }, answers[1]],
    });
    expect(eventsOf(r.state, 'probe-answered').map((e) => [e.probe, e.t, e.correct])).toEqual([
      ['p1', 60_000, true],
      ['p2', 120_000, false],
    ]);
    expect(eventsOf(r.state, 'message-acked')[0].t).toBe(90_000);
  });

  it('finds the answer further down the script when a probe freezes before an earlier-listed action', () => {
    const r = replay(sc, {
      actions: [{ at: '1:30', type: 'ack', inject: 'm1' }, ...answers],
    });
    expect(r.rejected).toEqual([]);
    expect(eventsOf(r.state, 'probe-answered').map((e) => e.t)).toEqual([60_000, 120_000]);
    expect(eventsOf(r.state, 'message-acked')[0].t).toBe(90_000);
  });

  it('makes actions listed after an early answer wait for its freeze', () => {
    const r = replay(sc, {
      actions: [
        { at: '0:30', type: 'answer', probe: 'p1', choice: 1 },
        { at: '0:40', type: 'posture', posture: 'cover' },
        answers[1],
      ],
    });
    expect(r.rejected).toEqual([]);
    expect(eventsOf(r.state, 'probe-answered')[0].t).toBe(60_000);
    expect(eventsOf(r.state, 'posture-changed')[0].t).toBe(60_000);
  });

  it('stops at a freeze with no answer in the script', () => {
    const r = replay(sc, { actions: [answers[0], { at: '2:30', type: 'posture', posture: 'cover' }] });
    expect(r.stoppedAtProbe).toBe('p2');
    expect(r.state).toMatchObject({ t: 120_000, frozenProbe: 'p2', ended: false, posture: 'normal' });
  });

  it('reports rejected actions with their index and keeps going', () => {
    const r = replay(sc, {
      actions: [
        { at: '0:01', type: 'mark', contact: 'nope' },
        { at: 'soon' as unknown as number, type: 'posture', posture: 'alert' },
        { at: '0:03', type: 'ack', inject: 'm1' },
        ...answers,
        { at: '9:00', type: 'posture', posture: 'cover' },
      ],
    });
    expect(r.rejected.map((x) => [x.index, x.rejection.rejected])).toEqual([
      [0, 'unknown-contact'],
      [1, 'bad-action'],
      [2, 'not-fired'],
      [5, 'ended'],
    ]);
    expect(r.state.ended).toBe(true);
  });

  it('with a stop time plays only to that moment (how a reload resumes): the same state as playing live', () => {
    const actions = [
      { at: '0:03', type: 'posture', posture: 'alert' } as const,
      { at: '0:40', type: 'posture', posture: 'cover' } as const,
    ];
    const half = replay(sc, { actions }, undefined, 20_000);
    expect(half.state.t).toBe(20_000);
    expect(half.state.posture).toBe('alert');
    expect(half.rejected).toEqual([]);
    expect(half.state).toEqual(
      advanceTo(sc, act(sc, advanceTo(sc, init(sc), 3000), { type: 'posture', posture: 'alert' }), 20_000),
    );
  });

  it('uses the run’s seed, else the scenario’s', () => {
    expect(replay(sc, { seed: 99, actions: answers }).state.seed).toBe(99);
    expect(replay(sc, { actions: answers }).state.seed).toBe(7);
  });

  it('stops at an end inject', () => {
    const ending = scenario({ injects: [inject('e', at(30), { type: 'end', text: 'done' })] });
    const r = replay(ending, { actions: [] });
    expect(r.state).toMatchObject({ ended: true, endReason: 'end-inject', t: 30_000 });
  });
});
