import { describe, expect, test } from 'vitest';
import { advanceTo, apply as applyAction, observedReport, traineeView } from '../../../src/engine';
import type { Action, State } from '../../../src/engine/types';
import { air, at, ground, message, scenario } from './fixtures';
import { act, expectRejected, runTo } from './helpers';

// Post at A4, observe range 5 (day, clear). A small drone sits at D4 (3 cells: type and size read,
// no markings); one passes far off at Z1; an operator hides at C7.
const sc = scenario({
  contacts: [
    air('drone', [[0, 'D4', 'hovering']], {
      linger: true,
      truth: 'suspicious',
      cues: { markings: 'dark grey body', carrying: true, lights: 'none' },
      operator: 'op',
    }),
    air('far', [[0, 'Z1']], { linger: true, truth: 'hobbyist' }),
    ground('op', [[0, 'C7', 'loitering']], { linger: true, truth: 'operator' }),
  ],
  injects: [message('m1', at(5))],
});

describe('the trainee view (nothing the trainee has not seen)', () => {
  const s = runTo(sc, 10);
  const view = traineeView(sc, s);
  const text = JSON.stringify(view);

  test('has no contact ids, truths or hidden cues', () => {
    for (const hidden of ['drone', 'far', '"op"', 'suspicious', 'hobbyist', 'operator', 'dark grey', 'carrying']) {
      expect(text).not.toContain(hidden);
    }
  });
  test('shows unmarked things as sightings by cell only, the far contact not at all', () => {
    expect(view.sightings.map((x) => [x.kind, x.cell])).toEqual([
      ['in-sight', 'D4'],
      ['in-sight', 'C7'],
    ]);
    expect(view.tracks).toEqual([]);
  });
  test('lists messages with their text, and the ones waiting for an acknowledgement', () => {
    expect(view.messages.map((m) => m.inject)).toEqual(['m1']);
    expect(view.pendingAcks).toEqual(['m1']);
  });
  test('a marked contact becomes a track carrying what was already seen of it, and leaves the sightings', () => {
    const marked = act(sc, s, { type: 'mark', cell: 'D4' });
    const v = traineeView(sc, marked);
    expect(v.sightings.map((x) => x.cell)).toEqual(['C7']);
    expect(v.tracks).toHaveLength(1);
    expect(v.tracks[0]).toMatchObject({ label: 'T1', cell: 'D4', sight: 'in-sight', firstSeenMs: 0 });
    expect(v.tracks[0].cues).toMatchObject({ type: 'multirotor', size: 'small', lights: 'none' });
    expect(v.tracks[0].cues.markings).toBeUndefined();
    expect(v.tracks[0].cues.carrying).toBeUndefined();
  });
  test('is computed once per state (the same object back)', () => {
    expect(traineeView(sc, s)).toBe(view);
  });
});

describe('marking and dropping', () => {
  const s = runTo(sc, 10);

  test('marking what already has a live track selects it instead of making another (holding M)', () => {
    const one = act(sc, s, { type: 'mark', cell: 'D4' });
    for (const cell of ['D4', 'D4', 'D5']) {
      const r = apply(one, { type: 'mark', cell });
      expect(r).toMatchObject({ ok: false, rejection: { rejected: 'already-tracked', track: 'T1' } });
    }
    expectRejected(sc, one, { type: 'mark', contact: 'drone' }, 'already-tracked');
  });
  test('an empty cell gets one empty track; marking it again selects that track', () => {
    const one = act(sc, s, { type: 'mark', cell: 'Z8' });
    expect(one.tracks.map((t) => t.contact)).toEqual([null]);
    expect(apply(one, { type: 'mark', cell: 'Z8' })).toMatchObject({ ok: false, rejection: { track: 'T1' } });
  });
  test('a dropped track leaves the view, takes no report, and its contact can be marked again', () => {
    let t = act(sc, s, { type: 'mark', cell: 'D4' });
    t = act(sc, t, { type: 'drop', track: 'T1' });
    expect(traineeView(sc, t).tracks).toEqual([]);
    expect(traineeView(sc, t).sightings.map((x) => x.cell)).toContain('D4');
    expectRejected(sc, t, { type: 'report', track: 'T1', channel: 'primary', report: {} }, 'dropped');
    expectRejected(sc, t, { type: 'drop', track: 'T1' }, 'dropped');
    t = act(sc, t, { type: 'mark', cell: 'D4' });
    expect(t.tracks.map((x) => [x.label, x.contact, x.dropped])).toEqual([
      ['T1', 'drone', true],
      ['T2', 'drone', false],
    ]);
    expect(t.log.filter((e) => e.type === 'track-dropped')).toEqual([
      { t: 10_000, type: 'track-dropped', track: 'T1', contact: 'drone' },
    ]);
  });
});

describe('a lost contact goes back to its own track', () => {
  // A drone comes into view at B4, then flies off east out of sight, then comes back.
  const roundTrip = scenario({
    contacts: [
      air(
        'd',
        [
          [0, 'B4', 'transiting'],
          [20, 'Z4', 'transiting'],
          [40, 'B4', 'approaching'],
        ],
        { linger: true },
      ),
    ],
  });
  test('while away it is a lost track (not a new sighting); back in view it updates the same track', () => {
    let s = act(roundTrip, runTo(roundTrip, 1), { type: 'mark', cell: 'B4' });
    s = advanceTo(roundTrip, s, 20_000);
    const away = traineeView(roundTrip, s);
    expect(away.tracks[0].sight).toBe('lost');
    expect(away.sightings).toEqual([]);
    s = advanceTo(roundTrip, s, 41_000);
    const back = traineeView(roundTrip, s);
    expect(back.tracks.map((t) => [t.label, t.sight])).toEqual([['T1', 'in-sight']]);
    expect(back.tracks[0].cues.activity).toBe('approaching');
    expect(back.sightings).toEqual([]);
  });
});

describe('the observed answer key', () => {
  // Birds seen heading west, then they turn back east after leaving sight.
  const birds = scenario({
    contacts: [
      air(
        'b',
        [
          [0, 'F4', 'transiting'],
          [30, 'L4', 'transiting'],
          [60, 'Z4', 'departing'],
          [90, 'Z1', 'departing'],
        ],
        { truth: 'bird', cues: { type: 'bird', count: 5 } },
      ),
    ],
  });
  test('direction and place are the last observation, not the truth after the birds left sight', () => {
    const s = runTo(birds, 75);
    const key = observedReport(birds, s, 'b');
    expect(s.contacts[0].heading).toBe('N');
    expect(key.direction).toBe('E');
    expect(key.location).not.toBe('Z3');
  });
  test('cues never observable are null; the operator is null until it has been in view', () => {
    const far = scenario({
      contacts: [
        air('d', [[0, 'F4', 'hovering']], { linger: true, operator: 'op', cues: { markings: 'red stripe' } }),
        ground('op', [[0, 'Z8']], { linger: true, truth: 'operator' }),
      ],
    });
    const key = observedReport(far, runTo(far, 5), 'd');
    expect(key).toMatchObject({
      count: 1,
      size: null,
      type: null,
      description: null,
      payload: null,
      operatorLocation: null,
    });
    expect(key.assessment).toBe('suspicious-uas');
  });
});

function apply(s: State, action: Action) {
  return applyAction(sc, s, action);
}
