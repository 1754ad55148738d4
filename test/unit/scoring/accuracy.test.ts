import { describe, expect, test } from 'vitest';
import type { TruthReport } from '../../../src/engine/types';
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

function credit(field: keyof Report, value: unknown, truth: Partial<TruthReport> = {}, operatorSeen = true): number {
  const acc = reportAccuracy({ ...TRUTH, [field]: value } as Report, { ...TRUTH, ...truth }, operatorSeen);
  const f = acc.fields.find((x) => x.field === field);
  if (!f) throw new Error(field);
  return f.credit;
}

describe('field tolerances (docs/scoring.md)', () => {
  test.each([
    ['count', 3, 1],
    ['count', 2, 0.5],
    ['count', 1, 0],
    ['type', 'unknown', 0.5],
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
    ['payload', 'unknown', 0.5],
    ['payload', 'object-attached', 0],
    ['assessment', 'unknown-uas', 0],
  ] as [keyof Report, unknown, number][])('%s = %j scores %d', (field, value, expected) => {
    expect(credit(field, value)).toBe(expected);
  });

  test('"not-seen" is right when the trainee could not yet see the operator', () => {
    expect(credit('operatorLocation', 'not-seen', {}, false)).toBe(1);
    expect(credit('operatorLocation', 'B4', {}, false)).toBe(1);
  });
  test('with no operator on the map only "not-seen" is right', () => {
    expect(credit('operatorLocation', 'not-seen', { operatorLocation: 'not-seen' })).toBe(1);
    expect(credit('operatorLocation', 'B4', { operatorLocation: 'not-seen' })).toBe(0);
  });
  test('no markings: any description is right; no lights: an empty colour is right', () => {
    expect(credit('description', undefined, { description: '' })).toBe(1);
    expect(credit('lightColor', '', { lightColor: '', lights: 'none' })).toBe(1);
    expect(credit('lightColor', 'red', { lightColor: '', lights: 'none' })).toBe(0);
  });
  test('clock times compare across midnight', () => {
    expect(credit('timeLastSeen', '00:00', { timeLastSeen: '23:59' })).toBe(1);
  });
  test('an empty report scores only the fields whose truth is empty', () => {
    const acc = reportAccuracy({}, { ...TRUTH, description: '', lightColor: '' }, true);
    expect(acc.fields.filter((f) => f.credit > 0).map((f) => f.field)).toEqual(['description', 'lightColor']);
    expect(acc.accuracy).toBeCloseTo(2 / 15);
  });
  test('a perfect report scores 1', () => {
    expect(reportAccuracy(TRUTH, TRUTH, true).accuracy).toBe(1);
  });
});
