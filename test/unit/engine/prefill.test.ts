import { describe, expect, test } from 'vitest';
import { defaultChannel, prefillReport } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/model';
import { view, track as viewTrack } from '../policies/view';

/** A lost track on D4, last seen at 0:150 (the prefill tests' default). */
const track = (over: Parameters<typeof viewTrack>[0]) => viewTrack({ sight: 'lost', ...over });

const perimeter = Array.from({ length: 8 }, (_, r) => Array.from({ length: 12 }, (_, c) => c >= 4 && c <= 7 && r >= 5));
const scenario = { map: { cols: 12, rows: 8, perimeter }, startClockMin: 5 * 60 + 40 } as unknown as Scenario;

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
