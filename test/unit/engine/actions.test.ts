import { describe, expect, it } from 'vitest';
import { advanceTo, apply } from '../../../src/engine';
import type { Action, EventType, RejectionCode, State } from '../../../src/engine/types';
import type { Inject } from '../../../src/scenario/model';
import { air, at, ground, inject, message, scenario } from './fixtures';
import { act, contact, eventsOf, expectRejected, runTo } from './helpers';

const sc = scenario({
  contacts: [
    air('c1', [[0, 'D4', 'hovering']], { linger: true }), // 3 cells: observable
    air('c2', [[0, 'H4', 'hovering']], { linger: true }), // 7 cells: indication
    air('c3', [[0, 'Z8']], { linger: true }), // far: not perceived
    air('c4', [[0, 'B4']], { linger: true, start: 'opt' }), // not started
    ground('g1', [[0, 'D6', 'loitering']], { linger: true }), // 3.6 cells: observable
  ],
  injects: [
    message('m1', at(0)),
    message('m2', at(0), false),
    message('m3', at(900)),
    inject('d1', at(0), { type: 'discussion', question: 'Why?' }),
    inject('d2', at(900), { type: 'discussion', question: 'Later?' }),
    inject('p1', null, { type: 'probe', question: 'Q', choices: ['a', 'b', 'c'], answer: 1, compute: null, level: 1 }),
    message('opt', null),
  ] as Inject[],
});
const s0 = runTo(sc, 1);
const marked = act(sc, s0, { type: 'mark', contact: 'c1' });
const frozen = act(sc, s0, { type: 'fire', inject: 'p1' });

describe('every accepted action logs its event at the current time', () => {
  it.each<[string, State, Action, EventType]>([
    ['emissions', s0, { type: 'emissions', state: 'off' }, 'emissions-changed'],
    ['posture', s0, { type: 'posture', posture: 'cover' }, 'posture-changed'],
    ['focus', s0, { type: 'focus', sector: 'east' }, 'focus-changed'],
    ['mark contact', s0, { type: 'mark', contact: 'c1' }, 'track-created'],
    ['mark cell', s0, { type: 'mark', cell: 'D4' }, 'track-created'],
    ['classify', marked, { type: 'classify', contact: 'c1', as: 'suspicious-uas' }, 'track-classified'],
    ['report', marked, { type: 'report', track: 'T1', channel: 'primary', report: {} }, 'report-filed'],
    ['ack', s0, { type: 'ack', inject: 'm1' }, 'message-acked'],
    ['answer', frozen, { type: 'answer', probe: 'p1', choice: 0 }, 'probe-answered'],
    ['discuss', s0, { type: 'discuss', inject: 'd1', text: 'Because' }, 'discussion-answered'],
    ['fire', s0, { type: 'fire', inject: 'opt' }, 'inject-fired'],
  ])('%s → %s', (_name, state, action, type) => {
    const next = act(sc, state, action);
    const added = next.log.slice(state.log.length);
    expect(added[0]).toMatchObject({ t: state.t, type });
  });
});

describe('settings', () => {
  it('emissions, posture and focus set the state and reject a no-op', () => {
    const s = act(
      sc,
      act(sc, act(sc, s0, { type: 'emissions', state: 'off' }), { type: 'posture', posture: 'alert' }),
      {
        type: 'focus',
        sector: 'far',
      },
    );
    expect([s.emissions, s.posture, s.focus]).toEqual(['off', 'alert', 'far']);
    expectRejected(sc, s, { type: 'emissions', state: 'off' }, 'unchanged');
    expectRejected(sc, s, { type: 'posture', posture: 'alert' }, 'unchanged');
    expectRejected(sc, s, { type: 'focus', sector: 'far' }, 'unchanged');
    expectRejected(sc, s0, { type: 'focus', sector: null }, 'unchanged');
    expect(act(sc, s, { type: 'focus', sector: null }).focus).toBeNull();
  });
  it.each<[Action, RejectionCode]>([
    [{ type: 'focus', sector: 'nowhere' }, 'unknown-sector'],
    [{ type: 'emissions', state: 'dim' } as unknown as Action, 'bad-action'],
    [{ type: 'posture', posture: 'prone' } as unknown as Action, 'bad-action'],
    [{ type: 'dance' } as unknown as Action, 'bad-action'],
    [{ type: 'constructor' } as unknown as Action, 'bad-action'],
    [null as unknown as Action, 'bad-action'],
  ])('%o → %s', (action, code) => expectRejected(sc, s0, action, code));
});

describe('mark', () => {
  it('tracks an observable contact where it is', () => {
    const t = marked.tracks[0];
    expect(t).toMatchObject({
      label: 'T1',
      contact: 'c1',
      createdMs: 1000,
      x: 3,
      y: 3,
      visible: true,
      lastSeenMs: 1000,
    });
    expect(t.cues).toMatchObject({ type: 'multirotor', activity: 'hovering' });
    expect(contact(marked, 'c1').track).toBe('T1');
    expect(eventsOf(marked, 'track-created')).toEqual([
      { t: 1000, type: 'track-created', track: 'T1', contact: 'c1', cell: 'D4' },
    ]);
  });
  it('tracks an indicated contact at its indication cell, not visible', () => {
    const s = act(sc, s0, { type: 'mark', contact: 'c2' });
    const ic = contact(s0, 'c2').indicationCell;
    expect(s.tracks[0]).toMatchObject({ contact: 'c2', x: ic?.c, y: ic?.r, visible: false, cues: {} });
  });
  it('numbers tracks in order of marking, empty ones included', () => {
    let s = act(sc, s0, { type: 'mark', cell: 'Z1' });
    s = act(sc, s, { type: 'mark', contact: 'g1' });
    expect(s.tracks.map((t) => [t.label, t.contact])).toEqual([
      ['T1', null],
      ['T2', 'g1'],
    ]);
  });
  it.each<[string, State, Action, RejectionCode]>([
    ['a far contact', s0, { type: 'mark', contact: 'c3' }, 'not-observable'],
    ['a contact not yet on the map', s0, { type: 'mark', contact: 'c4' }, 'not-observable'],
    ['an unknown contact', s0, { type: 'mark', contact: 'zz' }, 'unknown-contact'],
    ['a tracked contact', marked, { type: 'mark', contact: 'c1' }, 'already-tracked'],
    ['contact and cell', s0, { type: 'mark', contact: 'c1', cell: 'D4' }, 'bad-target'],
    ['neither contact nor cell', s0, { type: 'mark' }, 'bad-target'],
    ['a cell off the map', s0, { type: 'mark', cell: 'A9' }, 'bad-cell'],
    ['a malformed cell', s0, { type: 'mark', cell: 'hello' }, 'bad-cell'],
    ['the cell of a tracked, observable contact', marked, { type: 'mark', cell: 'D4' }, 'already-tracked'],
  ])('rejects %s', (_name, state, action, code) => expectRejected(sc, state, action, code));

  it.each([
    ['D4', 'c1'],
    ['E3', 'c1'],
    ['D5', 'c1'], // c1 and g1 both 1 cell away: scenario order
    ['D6', 'g1'],
    ['C7', 'g1'],
    ['Z1', null],
    ['B2', null],
  ])('a click on %s marks %s', (cell, expected) => {
    const s = act(sc, s0, { type: 'mark', cell });
    expect(s.tracks[0].contact).toBe(expected);
  });

  it('prefers an observable contact to a nearer indication', () => {
    const two = scenario({
      contacts: [air('ind', [[0, 'G4']], { linger: true }), air('obs', [[0, 'F4']], { linger: true })],
    });
    for (let seed = 1; seed <= 10; seed++) {
      const s = runTo(two, 1, seed);
      expect(contact(s, 'ind').perception).toBe('indication');
      expect(act(two, s, { type: 'mark', cell: 'G4' }).tracks[0].contact).toBe('obs');
    }
  });

  it('marks an indication through its indication cell', () => {
    const ic = contact(s0, 'c2').indicationCell;
    const ref = `${String.fromCharCode(65 + (ic?.c ?? 0))}${(ic?.r ?? 0) + 1}`;
    expect(act(sc, s0, { type: 'mark', cell: ref }).tracks[0].contact).toBe('c2');
  });
});

describe('classify', () => {
  it.each<[string, Action]>([
    ['by contact', { type: 'classify', contact: 'c1', as: 'hazard' }],
    ['by track', { type: 'classify', track: 'T1', as: 'hazard' }],
    ['by cell', { type: 'classify', cell: 'D4', as: 'hazard' }],
  ])('%s', (_name, action) => {
    const s = act(sc, marked, action);
    expect(s.tracks[0].classification).toBe('hazard');
    expect(eventsOf(s, 'track-classified')).toEqual([
      { t: 1000, type: 'track-classified', track: 'T1', contact: 'c1', as: 'hazard' },
    ]);
    expect(marked.tracks[0].classification).toBeNull();
  });
  it('by cell picks the newest track there', () => {
    let s = act(sc, s0, { type: 'mark', cell: 'Z1' });
    s = act(sc, s, { type: 'drop', track: 'T1' });
    s = act(sc, s, { type: 'mark', cell: 'Z1' });
    s = act(sc, s, { type: 'classify', cell: 'Z1', as: 'bird' });
    expect(s.tracks.map((t) => t.classification)).toEqual([null, 'bird']);
  });
  it.each<[string, State, Action, RejectionCode]>([
    [
      'the same classification again',
      act(sc, marked, { type: 'classify', contact: 'c1', as: 'bird' }),
      { type: 'classify', contact: 'c1', as: 'bird' },
      'unchanged',
    ],
    ['an unmarked contact', marked, { type: 'classify', contact: 'g1', as: 'routine' }, 'no-track'],
    ['an unknown contact', marked, { type: 'classify', contact: 'zz', as: 'routine' }, 'unknown-contact'],
    ['an unknown track', marked, { type: 'classify', track: 'T9', as: 'routine' }, 'unknown-track'],
    ['a cell with no track', marked, { type: 'classify', cell: 'A1', as: 'routine' }, 'no-track'],
    ['a bad cell', marked, { type: 'classify', cell: 'A99', as: 'routine' }, 'bad-cell'],
    ['two targets', marked, { type: 'classify', contact: 'c1', track: 'T1', as: 'routine' }, 'bad-target'],
    ['no target', marked, { type: 'classify', as: 'routine' }, 'bad-target'],
    [
      'an unknown classification',
      marked,
      { type: 'classify', contact: 'c1', as: 'ufo' } as unknown as Action,
      'bad-action',
    ],
  ])('rejects %s', (_name, state, action, code) => expectRejected(sc, state, action, code));
});

describe('ack', () => {
  it('acknowledges a fired message once', () => {
    const s = act(sc, s0, { type: 'ack', inject: 'm1' });
    expect(s.messages.find((m) => m.inject === 'm1')?.ackedMs).toBe(1000);
    expect(s0.messages.find((m) => m.inject === 'm1')?.ackedMs).toBeNull();
    expectRejected(sc, s, { type: 'ack', inject: 'm1' }, 'already-acked');
  });
  it.each<[string, RejectionCode]>([
    ['m2', 'no-ack-needed'],
    ['m3', 'not-fired'],
    ['d1', 'not-a-message'],
    ['zz', 'unknown-inject'],
  ])('rejects %s: %s', (id, code) => expectRejected(sc, s0, { type: 'ack', inject: id }, code));
});

describe('answer', () => {
  it('unfreezes and scores the answer', () => {
    const right = act(sc, frozen, { type: 'answer', probe: 'p1', choice: 1 });
    expect(right.frozenProbe).toBeNull();
    expect(right.answers).toEqual({ p1: { choice: 1, atMs: 1000 } });
    expect(eventsOf(right, 'probe-answered')).toEqual([
      { t: 1000, type: 'probe-answered', probe: 'p1', choice: 1, correct: true },
    ]);
    const wrong = act(sc, frozen, { type: 'answer', probe: 'p1', choice: 2 });
    expect(eventsOf(wrong, 'probe-answered')[0].correct).toBe(false);
    expect(advanceTo(sc, right, 5000).t).toBe(5000);
  });
  it('freezes time until answered', () => {
    expect(advanceTo(sc, frozen, 60_000)).toBe(frozen);
  });
  it.each<[string, State, Action, RejectionCode]>([
    ['with nothing frozen', s0, { type: 'answer', probe: 'p1', choice: 1 }, 'not-frozen'],
    ['another probe', frozen, { type: 'answer', probe: 'p2', choice: 1 }, 'not-frozen'],
    ['a choice out of range', frozen, { type: 'answer', probe: 'p1', choice: 3 }, 'bad-choice'],
    ['a negative choice', frozen, { type: 'answer', probe: 'p1', choice: -1 }, 'bad-choice'],
    ['a fractional choice', frozen, { type: 'answer', probe: 'p1', choice: 0.5 }, 'bad-choice'],
    ['any other action while frozen', frozen, { type: 'posture', posture: 'cover' }, 'frozen'],
  ])('rejects an answer %s', (_name, state, action, code) => expectRejected(sc, state, action, code));
});

describe('discuss', () => {
  it('keeps the latest answer text', () => {
    const s = act(sc, act(sc, s0, { type: 'discuss', inject: 'd1', text: 'one' }), {
      type: 'discuss',
      inject: 'd1',
      text: 'two',
    });
    expect(s.discussions).toEqual({ d1: { text: 'two', atMs: 1000 } });
  });
  it.each<[string, RejectionCode]>([
    ['d2', 'not-fired'],
    ['m1', 'not-a-discussion'],
    ['zz', 'unknown-inject'],
  ])('rejects %s: %s', (id, code) => expectRejected(sc, s0, { type: 'discuss', inject: id, text: 'x' }, code));
});

describe('fire', () => {
  it('fires an optional inject by hand, once', () => {
    const s = act(sc, s0, { type: 'fire', inject: 'opt' });
    expect(eventsOf(s, 'inject-fired').at(-1)).toEqual({ t: 1000, type: 'inject-fired', inject: 'opt', manual: true });
    expect(s.messages.map((m) => m.inject)).toContain('opt');
    expect(contact(s, 'c4')).toMatchObject({ clockStartMs: 1000, active: true });
    expectRejected(sc, s, { type: 'fire', inject: 'opt' }, 'already-fired');
  });
  it.each<[string, RejectionCode]>([
    ['m1', 'not-optional'],
    ['zz', 'unknown-inject'],
  ])('rejects %s: %s', (id, code) => expectRejected(sc, s0, { type: 'fire', inject: id }, code));
});

describe('after the end', () => {
  it('rejects every action', () => {
    const ended = advanceTo(sc, s0, 10_000_000);
    expect(ended.ended).toBe(true);
    expectRejected(sc, ended, { type: 'posture', posture: 'cover' }, 'ended');
    expectRejected(sc, ended, { type: 'answer', probe: 'p1', choice: 1 }, 'ended');
  });
  it('never throws, whatever the action', () => {
    for (const bad of [undefined, 42, 'mark', { type: 'mark', contact: 42 }, { type: 'report', contact: 'c1' }]) {
      expect(() => apply(sc, marked, bad as unknown as Action)).not.toThrow();
    }
  });
});
