import { expect, test } from 'vitest';
import { positionAt, replay } from '../../../src/engine';
import { replaySnapshots, stateAt } from '../../../src/scoring/aar';
import { golden } from './golden';

const RUNS = [
  ['first-watch', 'first-watch.trainee.json'],
  ['river-dusk', 'river-dusk.mistakes.json'],
  ['full-shift', 'full-shift.perfect.json'],
] as const;

for (const [id, file] of RUNS) {
  test(`${id}: replay with snapshots ends in the engine's final state`, () => {
    const { scenario, run } = golden(id, file);
    const snaps = replaySnapshots(scenario, run, 10_000);
    expect(snaps.final).toEqual(replay(scenario, run).state);
    expect(snaps.states.every((s, i) => i === 0 || s.t >= snaps.states[i - 1].t)).toBe(true);
  });

  test(`${id}: any moment is the same whatever the snapshot spacing`, () => {
    const { scenario, run } = golden(id, file);
    const coarse = replaySnapshots(scenario, run, 60_000);
    const fine = replaySnapshots(scenario, run, 1_000);
    for (const t of [0, 45_250, 181_000, 300_000, 421_500, 9_999_999]) {
      const a = stateAt(scenario, coarse, t);
      expect(a).toEqual(stateAt(scenario, fine, t));
      expect(a.t).toBe(Math.min(t, coarse.final.t));
      for (const c of a.contacts.filter((x) => x.active)) {
        const p = positionAt(scenario, coarse.final, c.id, a.t);
        expect(p).not.toBeNull();
        expect(c.x).toBeCloseTo(p?.x ?? Number.NaN, 6);
        expect(c.y).toBeCloseTo(p?.y ?? Number.NaN, 6);
      }
    }
  });
}
