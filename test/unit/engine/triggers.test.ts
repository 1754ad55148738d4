import { describe, expect, it } from 'vitest';
import { advanceTo, init } from '../../../src/engine';
import type { Action, State } from '../../../src/engine/types';
import type { Inject, Scenario, Trigger } from '../../../src/scenario/model';
import type { NotDoneAction, Posture } from '../../../src/scenario/vocab';
import { air, at, message, scenario } from './fixtures';
import { act, eventsOf } from './helpers';

// c1 flies from K4 (10 cells east of the post) to A4 in 100 s: 3 cells away at 70 s, observable from 50 s.
const c1 = air('c1', [
  [0, 'K4'],
  [100, 'A4'],
]);
const REPORT = { count: 1 };

/** Runs a scenario with c1 and `injects`, applying each [sec, action] at its time, to `endSec`. */
function play(injects: Inject[], steps: [number, Action][] = [], endSec = 200, over: Partial<Scenario> = {}): State {
  const sc = scenario({ contacts: [c1], injects, ...over });
  let s = init(sc);
  for (const [sec, action] of steps) s = act(sc, advanceTo(sc, s, sec * 1000), action);
  return advanceTo(sc, s, endSec * 1000);
}
const firedAt = (s: State, id: string) => s.fired[id] ?? null;
const notDone = (action: NotDoneAction, bySec: number, more: Partial<Extract<Trigger, { kind: 'notDone' }>> = {}) =>
  ({ kind: 'notDone', action, contact: null, inject: null, posture: null, byMs: bySec * 1000, ...more }) as Trigger;
const mark: Action = { type: 'mark', contact: 'c1' };
const report = (channel: 'primary' | 'alternate' = 'primary'): Action => ({
  type: 'report',
  contact: 'c1',
  channel,
  report: REPORT,
});

describe('triggers: when each inject fires (null = never)', () => {
  it.each<[string, Trigger, [number, Action][], number | null, Partial<Scenario>?]>([
    ['at 30 s', at(30), [], 30_000],
    ['at 30.1 s (next tick)', at(30.1), [], 30_250],
    ['at 0', at(0), [], 0],
    ['contactWithin 3', { kind: 'contactWithin', contact: 'c1', cells: 3 }, [], 70_000],
    ['contactWithin 0 (reaches the post)', { kind: 'contactWithin', contact: 'c1', cells: 0 }, [], 100_000],
    [
      'contactWithin, never close enough',
      { kind: 'contactWithin', contact: 'c1', cells: 0.5 },
      [],
      null,
      { durationMs: 90_000 },
    ],
    ['detected: at the mark', { kind: 'detected', contact: 'c1' }, [[55, mark]], 55_000],
    ['detected: never marked', { kind: 'detected', contact: 'c1' }, [], null],
    [
      'reported: delivered now',
      { kind: 'reported', contact: 'c1' },
      [
        [55, mark],
        [60, report()],
      ],
      60_000,
    ],
    ['after 10 s', { kind: 'after', inject: 'base', delayMs: 10_000 }, [], 40_000],
    ['after 0 s (chains at once)', { kind: 'after', inject: 'base', delayMs: 0 }, [], 30_000],
    ['after an inject that never fires', { kind: 'after', inject: 'spare', delayMs: 0 }, [], null],
    ['notDone report by 80, nothing done', notDone('report', 80), [], 80_000],
    [
      'notDone report, reported in time',
      notDone('report', 80),
      [
        [55, mark],
        [60, report()],
      ],
      null,
    ],
    [
      'notDone report on c1, reported in time',
      notDone('report', 80, { contact: 'c1' }),
      [
        [55, mark],
        [60, report()],
      ],
      null,
    ],
    [
      'notDone report, filed after the deadline',
      notDone('report', 80),
      [
        [55, mark],
        [90, report()],
      ],
      80_000,
    ],
    ['notDone mark, marked', notDone('mark', 80), [[55, mark]], null],
    ['notDone mark, not marked', notDone('mark', 80), [], 80_000],
    ['notDone mark, only an empty cell marked', notDone('mark', 80), [[10, { type: 'mark', cell: 'B8' }]], 80_000],
    [
      'notDone classify, classified',
      notDone('classify', 80),
      [
        [55, mark],
        [56, { type: 'classify', contact: 'c1', as: 'hazard' }],
      ],
      null,
    ],
    ['notDone classify, only marked', notDone('classify', 80), [[55, mark]], 80_000],
    ['notDone ack, acked', notDone('ack', 80, { inject: 'base' }), [[31, { type: 'ack', inject: 'base' }]], null],
    ['notDone ack, not acked', notDone('ack', 80, { inject: 'base' }), [], 80_000],
    [
      'notDone posture (alert by default), alert',
      notDone('posture', 80),
      [[10, { type: 'posture', posture: 'alert' }]],
      null,
    ],
    [
      'notDone posture (alert), cover counts',
      notDone('posture', 80),
      [[10, { type: 'posture', posture: 'cover' }]],
      null,
    ],
    [
      'notDone posture cover, only alert',
      notDone('posture', 80, { posture: 'cover' }),
      [[10, { type: 'posture', posture: 'alert' }]],
      80_000,
    ],
    ['notDone posture, never changed', notDone('posture', 80), [], 80_000],
    ['notDone emissions, off', notDone('emissions', 80), [[10, { type: 'emissions', state: 'off' }]], null],
    ['notDone emissions, still on', notDone('emissions', 80), [], 80_000],
  ])('%s → %s', (_name, trigger, steps, expected, over) => {
    const injects = [message('base', at(30)), message('spare', null), message('x', trigger)];
    expect(firedAt(play(injects, steps, 200, over), 'x')).toBe(expected);
  });

  it('fires a report trigger when a degraded-channel report is delivered, 30 s after filing', () => {
    const injects = [
      inj('deg', at(1), { type: 'comms', channel: 'primary', status: 'degraded' }),
      message('x', { kind: 'reported', contact: 'c1' }),
    ];
    const s = play(injects, [
      [55, mark],
      [60, report()],
    ]);
    expect(firedAt(s, 'x')).toBe(90_000);
  });

  it('never fires a reported trigger for a report on a down channel', () => {
    const injects = [
      inj('down', at(1), { type: 'comms', channel: 'primary', status: 'down' }),
      message('x', { kind: 'reported', contact: 'c1' }),
    ];
    expect(
      firedAt(
        play(injects, [
          [55, mark],
          [60, report()],
        ]),
        'x',
      ),
    ).toBeNull();
  });

  it('never fires a contingency once its action was done in time, even if undone later', () => {
    const injects = [message('x', notDone('posture', 80))];
    const s = play(injects, [
      [10, { type: 'posture', posture: 'alert' }],
      [100, { type: 'posture', posture: 'normal' }],
    ]);
    expect(firedAt(s, 'x')).toBeNull();
    expect(s.skipped).toEqual({ x: 80_000 });
  });

  it('fires injects due at the same moment in scenario order, chains included', () => {
    const injects = [
      message('late', { kind: 'after', inject: 'first', delayMs: 0 }),
      message('first', at(30)),
      message('second', at(30)),
    ];
    const s = play(injects);
    expect(eventsOf(s, 'inject-fired').map((e) => [e.inject, e.t])).toEqual([
      ['first', 30_000],
      ['second', 30_000],
      ['late', 30_000],
    ]);
  });

  it('fires each inject at most once', () => {
    const s = play([message('x', at(10)), message('y', { kind: 'contactWithin', contact: 'c1', cells: 5 })]);
    expect(eventsOf(s, 'inject-fired').map((e) => e.inject)).toEqual(['x', 'y']);
  });

  it('never fires an optional inject by itself, even with a trigger', () => {
    const s = play([{ ...message('x', at(10)), optional: true }]);
    expect(firedAt(s, 'x')).toBeNull();
  });
});

function inj(id: string, trigger: Trigger | null, body: Record<string, unknown>): Inject {
  return { ...message(id, trigger), ...body } as Inject;
}

describe('inject effects', () => {
  it('message: logged for the trainee, waiting for an acknowledgement', () => {
    const s = play([message('m', at(10))]);
    expect(s.messages).toEqual([{ inject: 'm', atMs: 10_000, ackedMs: null }]);
    expect(eventsOf(s, 'inject-fired')).toEqual([{ t: 10_000, type: 'inject-fired', inject: 'm', manual: false }]);
  });

  it('conditions: merged into the state and logged in full', () => {
    const s = play([inj('fog', at(10), { type: 'conditions', conditions: { visibility: 'fog' } })]);
    expect(s.conditions).toEqual({ light: 'day', visibility: 'fog', wind: 'calm' });
    expect(eventsOf(s, 'conditions-changed')).toEqual([
      { t: 10_000, type: 'conditions-changed', conditions: { light: 'day', visibility: 'fog', wind: 'calm' } },
    ]);
  });

  it('conditions: change what can be seen from the next tick', () => {
    // c1 is observable from 50 s in clear day; fog (R 2.25) hides it until it is within 2.25 cells (77.5 s).
    const s = play([inj('fog', at(10), { type: 'conditions', conditions: { visibility: 'fog' } })], [], 100);
    expect(eventsOf(s, 'contact-observable')[0].t).toBe(77_500);
  });

  it('comms: sets the channel and logs it', () => {
    const s = play([inj('c', at(10), { type: 'comms', channel: 'alternate', status: 'down' })]);
    expect(s.comms).toEqual({ primary: 'up', alternate: 'down' });
    expect(eventsOf(s, 'comms-changed')).toEqual([
      { t: 10_000, type: 'comms-changed', channel: 'alternate', status: 'down' },
    ]);
  });

  it('probe: freezes play and records its true answer', () => {
    const probe = inj('p', at(10), {
      type: 'probe',
      question: 'How many?',
      choices: ['0', '1', '2'],
      answer: 2,
      compute: null,
      level: 1,
    });
    const s = play([probe, message('after', at(10))]);
    expect(s.t).toBe(10_000);
    expect(s.frozenProbe).toBe('p');
    expect(s.probeTruth).toEqual({ p: 2 });
    expect(eventsOf(s, 'probe-frozen')).toEqual([{ t: 10_000, type: 'probe-frozen', probe: 'p', correct: 2 }]);
    expect(s.fired.after).toBeUndefined();
    const sc = scenario({ contacts: [c1], injects: [probe, message('after', at(10))] });
    const answered = act(sc, s, { type: 'answer', probe: 'p', choice: 1 });
    expect(answered.fired.after).toBe(10_000);
    expect(advanceTo(sc, answered, 20_000).t).toBe(20_000);
  });

  it('discussion: fires and changes nothing else', () => {
    const s = play([inj('d', at(10), { type: 'discussion', question: 'Why?' })]);
    expect(s.log.filter((e) => e.t === 10_000).map((e) => e.type)).toEqual(['inject-fired']);
    expect(s.frozenProbe).toBeNull();
  });

  it('end: ends the run at once; later injects never fire', () => {
    const s = play([inj('e', at(40), { type: 'end', text: 'Stop' }), message('m', at(40))]);
    expect(s).toMatchObject({ ended: true, endReason: 'end-inject', t: 40_000 });
    expect(eventsOf(s, 'run-ended')).toEqual([{ t: 40_000, type: 'run-ended', reason: 'end-inject' }]);
    expect(s.fired.m).toBeUndefined();
  });

  it('duration: ends the run on the first tick at or after durationMs, after that tick’s injects', () => {
    const s = play([message('m', at(60.1))], [], 999, { durationMs: 60_100 });
    expect(s).toMatchObject({ ended: true, endReason: 'duration', t: 60_250 });
    expect(s.log.slice(-2).map((e) => e.type)).toEqual(['inject-fired', 'run-ended']);
  });
});

describe('posture rank', () => {
  it.each<[Posture, Posture, boolean]>([
    ['normal', 'alert', false],
    ['alert', 'alert', true],
    ['cover', 'alert', true],
    ['alert', 'cover', false],
    ['cover', 'cover', true],
  ])('at %s, "%s by then" is done: %s', (posture, needed, done) => {
    const steps: [number, Action][] = posture === 'normal' ? [] : [[5, { type: 'posture', posture }]];
    const s = play([message('x', notDone('posture', 10, { posture: needed }))], steps, 20);
    expect(s.fired.x === undefined).toBe(done);
  });
});
