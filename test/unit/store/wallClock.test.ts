import { expect, test } from 'vitest';
import { parseActionScript } from '../../../src/scenario';
import { answeredWallMs } from '../../../src/store/aarActions';
import { parseSavedRun, type RunRecord } from '../../../src/store/runRecord';

const record: RunRecord = {
  scenario: 'river-dusk',
  scenarioHash: 'abc',
  seed: 7,
  actions: [
    { at: 12, type: 'mark', cell: 'F4' },
    { at: 420, type: 'answer', probe: 'count-probe', choice: 1 },
  ],
  wallClock: { startedMs: 1_700_000_000_000, actionsMs: [1_700_000_005_000, 1_700_000_300_000] },
};

test('a saved run keeps its wall clock, and the record is still a valid action script', () => {
  const text = JSON.stringify({ version: 1, record, tMs: 430_000, source: { kind: 'builtin', id: 'river-dusk' } });
  const parsed = parseSavedRun(text);
  expect(parsed.ok && parsed.saved.record.wallClock).toEqual(record.wallClock);
  expect(parseActionScript(JSON.stringify(record)).ok).toBe(true);
});

test('answer wall times by probe; none when the record has no wall clock or it does not match the actions', () => {
  expect(answeredWallMs(record)).toEqual({ 'count-probe': 1_700_000_300_000 });
  expect(answeredWallMs({ ...record, wallClock: undefined })).toBeUndefined();
  expect(
    answeredWallMs({ ...record, wallClock: { startedMs: 1_700_000_000_000, actionsMs: [1_700_000_005_000] } }),
  ).toBeUndefined();
});
