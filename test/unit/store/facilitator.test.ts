import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apply, init } from '../../../src/engine';
import { parseScenario } from '../../../src/scenario';
import { facilitatorFrom, injectRows } from '../../../src/store/facilitator';

const parsed = parseScenario(readFileSync('test/fixtures/browser/facilitator.json', 'utf8'));
if (!parsed.ok) throw new Error('fixture does not parse');
const scenario = parsed.value;

describe('facilitatorFrom', () => {
  test('reads 1 and 0, and ignores anything else with a message', () => {
    expect(facilitatorFrom(new URLSearchParams(''))).toEqual({ on: false, problem: null });
    expect(facilitatorFrom(new URLSearchParams('facilitator=1'))).toEqual({ on: true, problem: null });
    expect(facilitatorFrom(new URLSearchParams('facilitator=0'))).toEqual({ on: false, problem: null });
    const bad = facilitatorFrom(new URLSearchParams('facilitator=yes'));
    expect(bad.on).toBe(false);
    expect(bad.problem).toContain('facilitator=yes');
  });
});

describe('injectRows', () => {
  test('lists upcoming injects by due time, optional ones last, and moves fired ones over with their time', () => {
    const start = init(scenario, scenario.seed);
    const before = injectRows(scenario, start);
    expect(before.fired).toEqual([]);
    expect(before.upcoming.map((r) => [r.id, r.dueMs, r.optional])).toEqual([
      ['fx-welcome', 2000, false],
      ['fx-status-check', null, true],
    ]);
    const result = apply(scenario, start, { type: 'fire', inject: 'fx-status-check' });
    if (!result.ok) throw new Error(result.rejection.message);
    const after = injectRows(scenario, result.state);
    expect(after.fired.map((r) => [r.id, r.firedMs])).toEqual([['fx-status-check', 0]]);
    expect(after.fired[0].controllerNotes).toContain('fire by hand');
    expect(after.upcoming.map((r) => r.id)).toEqual(['fx-welcome']);
  });
});
