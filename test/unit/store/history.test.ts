import { describe, expect, test } from 'vitest';
import { type HistoryEntry, historyProblem, setAsideMessage } from '../../../src/store/history';

const entry: HistoryEntry = {
  id: 'reg-1',
  scenario: 'first-watch',
  title: 'First watch',
  scenarioHash: 'abc',
  source: { kind: 'builtin', id: 'first-watch' },
  record: {
    id: 'run-1',
    scenario: 'first-watch',
    scenarioHash: 'abc',
    seed: 1,
    actions: [{ at: 3, type: 'ack', inject: 'hello' }],
  },
  overall: 82,
  passed: true,
  passMark: 70,
  startedMs: 1_700_000_000_000,
  finishedMs: 1_700_000_420_000,
};

describe('stored results', () => {
  test('a whole result can be used, with fields added later', () => {
    expect(historyProblem(entry)).toBeNull();
    expect(historyProblem({ ...entry, wall: { startedMs: 1 } })).toBeNull();
  });

  test.each([
    [{ ...entry, finishedMs: undefined }, 'it has no finishedMs'],
    [{ ...entry, finishedMs: Number.NaN }, 'its finishedMs is wrong'],
    [{ ...entry, startedMs: 1e17 }, 'its startedMs is wrong'],
    [{ ...entry, record: { ...entry.record, actions: 'none' } }, 'its record.actions is wrong'],
    [{ ...entry, source: null }, 'its source is wrong'],
    ['text', 'it is not a result record'],
  ])('a result missing what the library needs says why (%#)', (value, why) => {
    expect(historyProblem(value)).toContain(why);
  });

  test('the message names how many were set aside and why', () => {
    expect(
      setAsideMessage([
        { key: 'a', reason: 'it has no finishedMs' },
        { key: 'b', reason: 'it has no title' },
      ]),
    ).toBe(
      '2 results could not be read and were set aside (kept in this browser\'s IndexedDB store "results-aside"); the others are shown. “a”: it has no finishedMs; “b”: it has no title.',
    );
  });
});
