/**
 * Replay with snapshots: the engine's replay, keeping the state every `everyMs` and after every
 * action, so that any moment of the run is rebuilt by advancing from the nearest snapshot.
 */
import { advanceTo, replay } from '../../engine';
import type { RunInput, State } from '../../engine/types';
import type { Scenario } from '../../scenario/model';

export interface Snapshots {
  /** States in time order; between two neighbours no action was applied. */
  states: State[];
  /** The state at the end of the run (or at the probe it stopped at). */
  final: State;
  stoppedAtProbe: string | null;
}

/** Replays `run` with the engine's `replay`, keeping a snapshot every `everyMs` and after each action. */
export function replaySnapshots(scenario: Scenario, run: RunInput, everyMs = 10_000): Snapshots {
  const states: State[] = [];
  const result = replay(scenario, run, { everyMs, onState: (s) => states.push(s) });
  return { states, final: result.state, stoppedAtProbe: result.stoppedAtProbe };
}

/** The state at `tMs` (clamped to the run): the last snapshot at or before it, advanced to it. */
export function stateAt(scenario: Scenario, snaps: Snapshots, tMs: number): State {
  const t = Math.max(0, Math.min(tMs, snaps.final.t));
  let lo = 0;
  let hi = snaps.states.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (snaps.states[mid].t <= t) lo = mid;
    else hi = mid - 1;
  }
  const base = snaps.states[lo];
  return base.t >= t ? base : advanceTo(scenario, base, t);
}
