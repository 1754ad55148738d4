/** The one firing-time rule shared by the static timing checks and the playtest. */
import { describe, expect, it } from 'vitest';
import { knownFiringTimes, PROBE_GAP_MS, type TimedInject } from '../../../src/scenario';

const atOf = (id: string, sec: number, optional = false): TimedInject => ({
  id,
  optional,
  trigger: { kind: 'at', atMs: sec * 1000 },
});
const afterOf = (id: string, inject: string, sec: number): TimedInject => ({
  id,
  optional: false,
  trigger: { kind: 'after', inject, delayMs: sec * 1000 },
});

describe('knownFiringTimes', () => {
  it('knows `at` injects and `after` chains that end in one, with their delays', () => {
    const times = knownFiringTimes([afterOf('c', 'b', 30), afterOf('b', 'a', 10), atOf('a', 60)]);
    expect(Object.fromEntries(times)).toEqual({ a: 60_000, b: 70_000, c: 100_000 });
  });

  it('leaves out optional injects, run-dependent triggers, chains through them, and cycles', () => {
    const detected: TimedInject = { id: 'd', optional: false, trigger: { kind: 'detected', contact: 'c1' } };
    const times = knownFiringTimes([
      atOf('opt', 10, true),
      afterOf('x', 'opt', 5),
      detected,
      afterOf('y', 'd', 5),
      afterOf('p', 'q', 1),
      afterOf('q', 'p', 1),
      { id: 'none', optional: false, trigger: null },
    ]);
    expect([...times.keys()]).toEqual([]);
  });

  it('reads the first inject of a repeated id, as the checks do', () => {
    expect(knownFiringTimes([atOf('a', 1), atOf('a', 2)]).get('a')).toBe(1000);
  });

  it('probes are spaced 3:00 apart', () => {
    expect(PROBE_GAP_MS).toBe(180_000);
  });
});
