import { describe, expect, it } from 'vitest';
import { advanceTo, DEGRADED_DELAY_MS, truthReport } from '../../../src/engine';
import type { Action, RejectionCode, State } from '../../../src/engine/types';
import type { Inject } from '../../../src/scenario/model';
import type { AirTruth, GroundTruth } from '../../../src/scenario/vocab';
import { air, at, ground, inject, mapOf, OPEN_ROWS, scenario } from './fixtures';
import { act, eventsOf, expectRejected, runTo } from './helpers';

const REPORT = { count: 1, type: 'multirotor', location: 'D4' } as const;

function withComms(status: 'up' | 'degraded' | 'down') {
  const injects: Inject[] = status === 'up' ? [] : [inject('cx', at(0), { type: 'comms', channel: 'primary', status })];
  const sc = scenario({ contacts: [air('c1', [[0, 'D4', 'hovering']], { linger: true })], injects });
  const s = act(sc, runTo(sc, 10), { type: 'mark', contact: 'c1' });
  return { sc, s: act(sc, s, { type: 'report', contact: 'c1', channel: 'primary', report: REPORT }) };
}

describe('report delivery by channel status', () => {
  it('up: delivered at once', () => {
    const { s } = withComms('up');
    expect(s.reports).toEqual([
      {
        index: 0,
        filedMs: 10_000,
        track: 'T1',
        contact: 'c1',
        channel: 'primary',
        report: REPORT,
        status: 'delivered',
        deliverAtMs: null,
        deliveredMs: 10_000,
      },
    ]);
    expect(s.log.slice(-2).map((e) => e.type)).toEqual(['report-filed', 'report-delivered']);
    expect(eventsOf(s, 'report-delivered')).toEqual([
      { t: 10_000, type: 'report-delivered', index: 0, contact: 'c1', channel: 'primary' },
    ]);
  });

  it('degraded: pending, delivered 30 s later', () => {
    const { sc, s } = withComms('degraded');
    expect(s.reports[0]).toMatchObject({
      status: 'pending',
      deliverAtMs: 10_000 + DEGRADED_DELAY_MS,
      deliveredMs: null,
    });
    expect(eventsOf(s, 'report-delivered')).toEqual([]);
    const before = advanceTo(sc, s, 39_750);
    expect(before.reports[0].status).toBe('pending');
    const after = advanceTo(sc, s, 40_000);
    expect(after.reports[0]).toMatchObject({ status: 'delivered', deliveredMs: 40_000 });
    expect(eventsOf(after, 'report-delivered')).toEqual([
      { t: 40_000, type: 'report-delivered', index: 0, contact: 'c1', channel: 'primary' },
    ]);
    expect(s.reports[0].status).toBe('pending');
  });

  it('degraded, then down before the 30 s are up: not delivered', () => {
    const { sc } = withComms('degraded');
    const down: Inject = inject('cy', at(20), { type: 'comms', channel: 'primary', status: 'down' });
    const sc2 = { ...sc, injects: [...sc.injects, down] };
    const s = act(sc2, act(sc2, runTo(sc2, 10), { type: 'mark', contact: 'c1' }), {
      type: 'report',
      contact: 'c1',
      channel: 'primary',
      report: REPORT,
    });
    const after = advanceTo(sc2, s, 60_000);
    expect(after.reports[0]).toMatchObject({ status: 'not-delivered', deliveredMs: null });
    expect(eventsOf(after, 'report-not-delivered')).toEqual([
      { t: 40_000, type: 'report-not-delivered', index: 0, contact: 'c1', channel: 'primary' },
    ]);
    expect(eventsOf(after, 'report-delivered')).toEqual([]);
  });

  it('down: never delivered', () => {
    const { sc, s } = withComms('down');
    expect(s.reports[0]).toMatchObject({ status: 'not-delivered', deliverAtMs: null, deliveredMs: null });
    expect(eventsOf(s, 'report-not-delivered')).toEqual([
      { t: 10_000, type: 'report-not-delivered', index: 0, contact: 'c1', channel: 'primary' },
    ]);
    expect(eventsOf(advanceTo(sc, s, 100_000), 'report-delivered')).toEqual([]);
  });

  it('the other channel is unaffected', () => {
    const { sc, s } = withComms('down');
    const alt = act(sc, s, { type: 'report', track: 'T1', channel: 'alternate', report: {} });
    expect(alt.reports.map((r) => [r.index, r.channel, r.status])).toEqual([
      [0, 'primary', 'not-delivered'],
      [1, 'alternate', 'delivered'],
    ]);
  });

  it('writes the ground truth at filing time into the report-filed event', () => {
    const { sc, s } = withComms('up');
    const filed = eventsOf(s, 'report-filed')[0];
    expect(filed).toMatchObject({
      t: 10_000,
      index: 0,
      track: 'T1',
      contact: 'c1',
      channel: 'primary',
      report: REPORT,
    });
    expect(filed.truth).toEqual(truthReport(sc, s, 'c1'));
  });

  it('a report on an empty track has no truth', () => {
    const sc = scenario();
    let s = act(sc, runTo(sc, 5), { type: 'mark', cell: 'E2' });
    s = act(sc, s, { type: 'report', cell: 'E2', channel: 'primary', report: {} });
    expect(eventsOf(s, 'report-filed')[0]).toMatchObject({ track: 'T1', contact: null, truth: null });
  });

  it.each<[Action, RejectionCode]>([
    [{ type: 'report', contact: 'c1', channel: 'radio', report: {} } as unknown as Action, 'bad-action'],
    [{ type: 'report', contact: 'c1', channel: 'primary' } as unknown as Action, 'bad-action'],
    [{ type: 'report', track: 'T7', channel: 'primary', report: {} }, 'unknown-track'],
  ])('rejects %o: %s', (action, code) => {
    const { sc, s } = withComms('up');
    expectRejected(sc, s, action, code);
  });
});

describe('truthReport', () => {
  // c1 flies from J2 to B2 between 0 and 80 s, operated by g1 who stands at L6; perimeter covers B1:C3.
  const perimeter = ['B1', 'B2', 'B3', 'C1', 'C2', 'C3'];
  const sc = scenario({
    startClockMin: 5 * 60 + 40,
    map: mapOf(OPEN_ROWS, perimeter),
    contacts: [
      air(
        'c1',
        [
          [0, 'J2', 'approaching'],
          [80, 'B2', 'loitering'],
        ],
        {
          linger: true,
          operator: 'g1',
          cues: {
            count: 2,
            size: 'medium',
            lights: 'flashing',
            lightColor: 'red',
            markings: 'dark grey',
            carrying: true,
          },
        },
      ),
      ground('g1', [[0, 'L6', 'loitering']], { linger: true, start: 'late', truth: 'operator' }),
    ],
    injects: [inject('late', at(100), { type: 'message', from: 'x', text: 'x', channel: 'radio', requiresAck: false })],
  });

  it('reads every field from the ground truth now', () => {
    const s = runTo(sc, 70);
    expect(truthReport(sc, s, 'c1')).toEqual({
      count: 2,
      type: 'multirotor',
      size: 'medium',
      activity: 'approaching',
      direction: 'W',
      location: 'C2',
      perimeter: 'inside',
      operatorLocation: 'not-seen',
      description: 'dark grey',
      lights: 'flashing',
      lightColor: 'red',
      timeFirstSeen: '05:40',
      timeLastSeen: '05:41',
      payload: 'object-attached',
      assessment: 'suspicious-uas',
    });
  });

  it('gives the operator’s cell once the operator is on the map, and the first-seen time', () => {
    const s = runTo(sc, 130);
    expect(truthReport(sc, s, 'c1')).toMatchObject({
      operatorLocation: 'L6',
      activity: 'loitering',
      direction: 'stationary',
      location: 'B2',
      timeLastSeen: '05:42',
    });
  });

  it('uses now as first seen for a contact never observable, and outside for cells off the perimeter', () => {
    const s = runTo(sc, 5);
    expect(s.contacts[0].firstObservableMs).toBeNull();
    expect(truthReport(sc, s, 'c1')).toMatchObject({ timeFirstSeen: '05:40', perimeter: 'outside', location: 'J2' });
  });

  it('describes a ground contact by markings and behaviour', () => {
    const s = runTo(sc, 130);
    expect(truthReport(sc, s, 'g1')).toEqual({
      count: 1,
      type: 'unknown',
      size: 'medium',
      activity: 'loitering',
      direction: 'stationary',
      location: 'L6',
      perimeter: 'outside',
      operatorLocation: 'not-seen',
      description: 'red jacket; walking a dog',
      lights: 'none',
      lightColor: '',
      timeFirstSeen: '05:42',
      timeLastSeen: '05:42',
      payload: 'none-seen',
      assessment: 'possible-operator',
    });
  });

  it.each<[string, 'air' | 'ground', AirTruth | GroundTruth, string, string]>([
    ['bird', 'air', 'bird', 'bird', 'unknown'],
    ['balloon hazard', 'air', 'hazard', 'balloon', 'unknown'],
    ['hobbyist', 'air', 'hobbyist', 'multirotor', 'multirotor'],
    ['authorized', 'air', 'authorized', 'fixed-wing', 'fixed-wing'],
    ['routine', 'ground', 'routine', '', 'unknown'],
    ['suspicious ground', 'ground', 'suspicious', '', 'unknown'],
  ])('%s: assessment and type', (_name, domain, truth, type, reportType) => {
    const c =
      domain === 'air'
        ? air('x', [[0, 'C3']], {
            truth: truth as AirTruth,
            cues: { type: type as 'bird', lights: 'none', lightColor: 'red' },
          })
        : ground('x', [[0, 'C3']], { truth: truth as GroundTruth });
    const one = scenario({ contacts: [c] });
    const expected = {
      bird: 'bird',
      hazard: 'hazard',
      hobbyist: 'unknown-uas',
      authorized: 'authorized',
      routine: 'routine',
      suspicious: domain === 'air' ? 'suspicious-uas' : 'suspicious-activity',
    }[truth as string];
    const r = truthReport(one, runTo(one, 0), 'x');
    expect([r.assessment, r.type, r.lightColor]).toEqual([expected, reportType, '']);
  });

  it('throws for an id that is not in the scenario', () => {
    expect(() => truthReport(sc, runTo(sc, 0) as State, 'nope')).toThrow(/nope/);
  });
});
