import { describe, expect, test } from 'vitest';
import { ASSESSMENT_LABEL, FIELD_LABEL, plainWords, truthLabel, valueLabel } from '../../../src/scenario/labels';
import { ASSESSMENTS, PAYLOADS, REPORT_TYPES } from '../../../src/scenario/vocab';

describe('plain words', () => {
  test('every classification and report field has a label without hyphens or capitals inside words', () => {
    for (const a of ASSESSMENTS) expect(ASSESSMENT_LABEL[a]).not.toMatch(/-uas|[a-z][A-Z]/);
    expect(FIELD_LABEL.operatorLocation).toBe('Operator location');
    expect(FIELD_LABEL.timeFirstSeen).toBe('Time first seen');
  });

  test('choice values read as words; the value stays the code', () => {
    expect(PAYLOADS.map((p) => valueLabel('payload', p))).toEqual(['None seen', 'Object attached', 'Unknown']);
    expect(REPORT_TYPES.map((t) => valueLabel('type', t))).toEqual(['Multirotor', 'Fixed-wing', 'Unknown']);
    expect(valueLabel('assessment', 'suspicious-uas')).toBe('Suspicious drone');
    expect(valueLabel('direction', 'SW')).toBe('South-west');
    expect(valueLabel('perimeter', 'inside')).toBe('Inside');
  });

  test('codes and field names inside sentences become words', () => {
    expect(plainWords('T1 classified suspicious-uas: correct.')).toBe('T1 classified suspicious drone: correct.');
    expect(plainWords('operatorLocation (said not-seen, was F5), payload (said none-seen)')).toBe(
      'operator location (said not seen, was F5), payload (said none seen)',
    );
    expect(plainWords('Nothing to change here.')).toBe('Nothing to change here.');
  });

  test('what a contact really is', () => {
    expect(truthLabel('air', 'hobbyist')).toBe('Hobbyist drone');
    expect(truthLabel('ground', 'operator')).toBe('Drone operator');
    expect(truthLabel('ground', 'suspicious')).toBe('Suspicious activity');
  });
});
