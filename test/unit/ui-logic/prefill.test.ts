import { describe, expect, test } from 'vitest';
import type { Track } from '../../../src/engine/types';
import type { Scenario } from '../../../src/scenario/model';
import { prefillReport } from '../../../src/ui/logic/prefill';

const perimeter = Array.from({ length: 8 }, (_, r) => Array.from({ length: 12 }, (_, c) => c >= 4 && c <= 7 && r >= 5));
const scenario = { map: { cols: 12, rows: 8, perimeter }, startClockMin: 5 * 60 + 40 } as unknown as Scenario;

const track = (over: Partial<Track>): Track => ({
  label: 'T1',
  contact: 'drone',
  createdMs: 60_000,
  x: 3.2,
  y: 3.9,
  visible: true,
  lastSeenMs: 150_000,
  classification: null,
  cues: {},
  ...over,
});

describe('report prefill', () => {
  test('fills only what the trainee observed, plus place and times', () => {
    const t = track({
      cues: { type: 'multirotor', size: 'small', activity: 'loitering', carrying: false },
      classification: 'suspicious-uas',
    });
    expect(prefillReport(scenario, [t], 'T1')).toEqual({
      location: 'D5',
      perimeter: 'outside',
      operatorLocation: 'not-seen',
      timeFirstSeen: '05:41',
      timeLastSeen: '05:42',
      type: 'multirotor',
      size: 'small',
      activity: 'loitering',
      payload: 'none-seen',
      assessment: 'suspicious-uas',
    });
  });

  test('a bird or balloon is reported as type unknown; the operator comes from a track classified as one', () => {
    const bird = track({ cues: { type: 'bird' } });
    const op = track({
      label: 'T2',
      contact: 'op',
      x: 2,
      y: 5,
      classification: 'possible-operator',
      cues: { kind: 'person' },
    });
    const r = prefillReport(scenario, [bird, op], 'T1');
    expect(r.type).toBe('unknown');
    expect(r.operatorLocation).toBe('C6');
    expect(r.description).toBeUndefined();
  });

  test('an unknown track gives an empty report', () => {
    expect(prefillReport(scenario, [], 'T9')).toEqual({});
  });
});
