import { describe, expect, test } from 'vitest';
import { defaultChannel, prefillReport, type TraineeView, type ViewTrack } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/model';

const perimeter = Array.from({ length: 8 }, (_, r) => Array.from({ length: 12 }, (_, c) => c >= 4 && c <= 7 && r >= 5));
const scenario = { map: { cols: 12, rows: 8, perimeter }, startClockMin: 5 * 60 + 40 } as unknown as Scenario;

const track = (over: Partial<ViewTrack>): ViewTrack => ({
  label: 'T1',
  createdMs: 60_000,
  firstSeenMs: 45_000,
  x: 3.2,
  y: 3.9,
  cell: 'D4',
  sight: 'lost',
  indicationCell: null,
  lastSeenMs: 150_000,
  classification: null,
  cues: {},
  ...over,
});

const view = (tracks: ViewTrack[], over: Partial<TraineeView> = {}): TraineeView => ({
  t: 200_000,
  ended: false,
  frozenProbe: null,
  conditions: { light: 'day', visibility: 'clear', wind: 'calm' },
  comms: { primary: 'up', alternate: 'up' },
  posture: 'normal',
  emissions: 'on',
  focus: null,
  tracks,
  sightings: [],
  messages: [],
  pendingAcks: [],
  openDiscussions: [],
  reports: [],
  ...over,
});

describe('report prefill', () => {
  test('fills only what the trainee observed, plus place and times', () => {
    const t = track({
      cell: 'D6',
      cues: { type: 'multirotor', size: 'small', activity: 'loitering', carrying: false },
      classification: 'suspicious-uas',
    });
    expect(prefillReport(scenario, view([t]), 'T1')).toEqual({
      location: 'D6',
      perimeter: 'outside',
      timeFirstSeen: '05:40',
      timeLastSeen: '05:42',
      type: 'multirotor',
      size: 'small',
      activity: 'loitering',
      payload: 'none-seen',
      assessment: 'suspicious-uas',
    });
  });

  test('a track in sight was last seen now; a bird is type unknown; lights seen off give colour "none"', () => {
    const t = track({ sight: 'in-sight', cell: 'F7', cues: { type: 'bird', lights: 'none' } });
    const r = prefillReport(scenario, view([t]), 'T1');
    expect(r.timeLastSeen).toBe('05:43');
    expect(r.perimeter).toBe('inside');
    expect(r.type).toBe('unknown');
    expect(r.lights).toBe('none');
    expect(r.lightColor).toBe('none');
  });

  test('never carries a value from another track: the operator cell is left for the trainee', () => {
    const drone = track({ cues: { type: 'multirotor' } });
    const op = track({ label: 'T2', cell: 'C6', classification: 'possible-operator', cues: { kind: 'person' } });
    const r = prefillReport(scenario, view([drone, op]), 'T1');
    expect(r.operatorLocation).toBeUndefined();
    expect(r.description).toBeUndefined();
  });

  test('a ground track is one, of type unknown, described by what was read of it', () => {
    const op = track({ cues: { kind: 'person', behavior: 'holding a controller' } });
    const r = prefillReport(scenario, view([op]), 'T1');
    expect(r).toMatchObject({ count: 1, type: 'unknown', description: 'holding a controller' });
  });

  test('an unknown track gives an empty report', () => {
    expect(prefillReport(scenario, view([]), 'T9')).toEqual({});
  });

  test('the channel defaults to one that is up', () => {
    expect(defaultChannel(view([]))).toBe('primary');
    expect(defaultChannel(view([], { comms: { primary: 'down', alternate: 'up' } }))).toBe('alternate');
    expect(defaultChannel(view([], { comms: { primary: 'degraded', alternate: 'up' } }))).toBe('alternate');
    expect(defaultChannel(view([], { comms: { primary: 'degraded', alternate: 'down' } }))).toBe('primary');
  });
});
