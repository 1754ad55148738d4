import { describe, expect, test } from 'vitest';
import type { ObservedReport, TruthReport } from '../../../src/engine/types';
import type { Report } from '../../../src/scenario/schema';
import { reportAccuracy } from '../../../src/scoring';

const TRUTH: TruthReport = {
  count: 3,
  type: 'multirotor',
  size: 'medium',
  activity: 'loitering',
  direction: 'NE',
  location: 'E5',
  perimeter: 'outside',
  operatorLocation: 'B4',
  description: 'dark grey body',
  lights: 'flashing',
  lightColor: 'red',
  timeFirstSeen: '05:43',
  timeLastSeen: '05:46',
  payload: 'none-seen',
  assessment: 'suspicious-uas',
};
/** Everything was observed, and the observation equals the truth. */
const SEEN: ObservedReport = { ...TRUTH };
/** Seen only from afar: count, lights, place, times and the assessment basis; no detail. */
const FAR: ObservedReport = {
  ...TRUTH,
  type: null,
  size: null,
  description: null,
  lightColor: null,
  payload: null,
  operatorLocation: null,
};

function credit(
  field: keyof Report,
  value: unknown,
  seen: Partial<ObservedReport> = {},
  truth: Partial<TruthReport> = {},
): number {
  const acc = reportAccuracy({ ...TRUTH, [field]: value } as Report, { ...SEEN, ...seen }, { ...TRUTH, ...truth });
  const f = acc.fields.find((x) => x.field === field);
  if (!f) throw new Error(field);
  return f.credit;
}

describe('field tolerances against what was observed (docs/scoring.md)', () => {
  test.each([
    ['count', 3, 1],
    ['count', 2, 0.5],
    ['count', 1, 0],
    ['count', 'unknown', 0],
    ['type', 'unknown', 0],
    ['type', 'fixed-wing', 0],
    ['size', 'small', 0.5],
    ['size', 'large', 0.5],
    ['activity', 'hovering', 0.5],
    ['activity', 'transiting', 0],
    ['direction', 'N', 0.5],
    ['direction', 'E', 0.5],
    ['direction', 'S', 0],
    ['direction', 'stationary', 0],
    ['location', 'E5', 1],
    ['location', 'F6', 0.5],
    ['location', 'G5', 0],
    ['location', undefined, 0],
    ['perimeter', 'inside', 0],
    ['operatorLocation', 'B4', 1],
    ['operatorLocation', 'A3', 0.5],
    ['operatorLocation', 'not-seen', 0],
    ['description', 'Dark grey drone', 1],
    ['description', 'grey', 0.5],
    ['description', 'white', 0],
    ['lights', 'steady', 0],
    ['lightColor', 'Red', 1],
    ['lightColor', 'bright red', 1],
    ['lightColor', 'green', 0],
    ['timeFirstSeen', '05:44', 1],
    ['timeFirstSeen', '05:45', 0.5],
    ['timeFirstSeen', '05:40', 0],
    ['timeLastSeen', '05:47', 1],
    ['payload', 'unknown', 0],
    ['payload', 'object-attached', 0],
    ['assessment', 'unknown-uas', 0],
    ['assessment', 'unknown', 0],
  ] as [keyof Report, unknown, number][])('%s = %j scores %d', (field, value, expected) => {
    expect(credit(field, value)).toBe(expected);
  });

  test.each([
    ['type', 'unknown', 1],
    ['type', 'multirotor', 0],
    ['size', undefined, 1],
    ['size', 'medium', 0],
    ['description', 'dark grey body', 0],
    ['description', '', 1],
    ['lightColor', 'red', 0],
    ['payload', 'none-seen', 0],
    ['payload', 'unknown', 1],
    ['operatorLocation', 'B4', 0],
    ['operatorLocation', 'not-seen', 1],
    ['operatorLocation', 'unknown', 1],
  ] as [keyof Report, unknown, number][])(
    'not yet observable: %s = %j scores %d (a matching guess is not credited)',
    (field, value, expected) => {
      expect(credit(field, value, FAR)).toBe(expected);
    },
  );

  test('direction, activity and place are judged against the last observation, and the truth now', () => {
    // Birds seen heading NW, then turned SE out of sight: NW is right, and so is SE.
    expect(credit('direction', 'NW', { direction: 'NW' }, { direction: 'SE' })).toBe(1);
    expect(credit('direction', 'SE', { direction: 'NW' }, { direction: 'SE' })).toBe(1);
    expect(credit('direction', 'S', { direction: 'NW' }, { direction: 'SE' })).toBe(0.5);
    expect(credit('location', 'C3', { location: 'C3' }, { location: 'H7' })).toBe(1);
    expect(credit('activity', 'hovering', { activity: 'hovering' }, { activity: 'departing' })).toBe(1);
  });
  test('time last seen is judged against the last observation only', () => {
    expect(credit('timeLastSeen', '05:46', { timeLastSeen: '05:40' })).toBe(0);
    expect(credit('timeLastSeen', '05:40', { timeLastSeen: '05:40' })).toBe(1);
  });
  test('lights seen to be off: "none" and an empty colour are right, a colour is not', () => {
    const off = { lights: 'none' as const, lightColor: '' };
    expect(credit('lights', 'none', off, off)).toBe(1);
    expect(credit('lightColor', '', off, off)).toBe(1);
    expect(credit('lightColor', 'none', off, off)).toBe(1);
    expect(credit('lightColor', 'red', off, off)).toBe(0);
  });
  test('lights never observable (daylight, far): "unknown" is right, "none" is a guess', () => {
    expect(credit('lights', 'unknown', { lights: null })).toBe(1);
    expect(credit('lights', undefined, { lights: null })).toBe(1);
    expect(credit('lights', 'none', { lights: null })).toBe(0);
  });
  test('no markings seen close up: any description is right', () => {
    expect(credit('description', undefined, { description: '' })).toBe(1);
    expect(credit('description', 'grey', { description: '' })).toBe(1);
  });
  test('clock times compare across midnight', () => {
    expect(credit('timeLastSeen', '00:00', { timeLastSeen: '23:59' })).toBe(1);
  });
  test('an all-unknown report of something seen only from afar scores the unobservable fields', () => {
    const acc = reportAccuracy({}, FAR, TRUTH);
    expect(acc.fields.filter((f) => f.credit > 0).map((f) => f.field)).toEqual([
      'type',
      'size',
      'operatorLocation',
      'description',
      'lightColor',
      'payload',
    ]);
    expect(acc.fields.find((f) => f.field === 'size')?.expected).toMatch(/not observable/);
  });
  test('a report of exactly what was observed scores 1; the truth where it was not observable scores less', () => {
    const honest: Report = {
      ...TRUTH,
      type: 'unknown',
      size: 'unknown',
      description: '',
      lightColor: '',
      payload: 'unknown',
      operatorLocation: 'unknown',
    };
    expect(reportAccuracy(honest, FAR, TRUTH).accuracy).toBe(1);
    expect(reportAccuracy(TRUTH, FAR, TRUTH).accuracy).toBeCloseTo(9 / 15);
    expect(reportAccuracy(TRUTH, SEEN, TRUTH).accuracy).toBe(1);
  });
});
