import { describe, expect, test } from 'vitest';
import { REPORT_FIELDS, readHint, readReport, reportValues } from '../../../src/ui/logic/reportFields';

const map = { cols: 12, rows: 8 };

describe('report form fields', () => {
  test('blank fields are left out and typed ones are checked', () => {
    const read = readReport(
      { count: '1', type: 'multirotor', location: 'e5', operatorLocation: 'NOT-SEEN', timeFirstSeen: '05:43' },
      map,
    );
    expect(read).toEqual({
      ok: true,
      report: { count: 1, type: 'multirotor', location: 'E5', operatorLocation: 'not-seen', timeFirstSeen: '05:43' },
    });
  });

  test('every field may say unknown (not observed); the selects offer it', () => {
    const read = readReport({ count: 'Unknown', size: 'unknown', location: 'unknown', timeLastSeen: 'unknown' }, map);
    expect(read).toEqual({
      ok: true,
      report: { count: 'unknown', size: 'unknown', location: 'unknown', timeLastSeen: 'unknown' },
    });
    for (const spec of REPORT_FIELDS) if (spec.choices) expect(spec.choices).toContain('unknown');
  });

  test('wrong values name the field and how to fix it', () => {
    const read = readReport({ count: '-1', location: 'M9', timeLastSeen: '5:43', payload: 'bomb' }, map);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.field)).toEqual(['count', 'location', 'timeLastSeen', 'payload']);
    expect(read.errors[1].message).toBe('give a cell from A1 to L8, or unknown');
  });

  test('the form says an honest unknown scores and a guess does not', () => {
    expect(readHint()).toMatch(/unknown/);
  });

  test('values round-trip through the form', () => {
    const report = { count: 2, lights: 'flashing' as const, description: '<b>grey</b>' };
    expect(readReport(reportValues(report), map)).toEqual({ ok: true, report });
  });
});

test('the operator field shows and takes "not seen" in plain words, and the report keeps the code', () => {
  expect(reportValues({ operatorLocation: 'not-seen' }).operatorLocation).toBe('not seen');
  expect(readReport({ operatorLocation: 'Not seen' }, map)).toEqual({
    ok: true,
    report: { operatorLocation: 'not-seen' },
  });
  const bad = readReport({ payload: 'bomb' }, map);
  expect(bad.ok === false && bad.errors[0].message).toBe('choose one of: None seen, Object attached, Unknown');
});
