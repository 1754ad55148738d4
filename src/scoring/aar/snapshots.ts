/**
 * Replay with snapshots: the engine's replay, keeping the state every `everyMs` and after every
 * action, so that any moment of the run is rebuilt by advancing from the nearest snapshot.
 */
import { actionTimeMs, advanceTo, apply, init } from '../../engine';
import type { Action, RunInput, State } from '../../engine/types';
import type { Scenario } from '../../scenario/model';
import type { ActionFile } from '../../scenario/schema';

export interface Snapshots {
  /** States in time order; between two neighbours no action was applied. */
  states: State[];
  /** The state at the end of the run (or at the probe it stopped at). */
  final: State;
  stoppedAtProbe: string | null;
}

/** Replays `run` as the engine's `replay` does, keeping a snapshot every `everyMs` and after each action. */
export function replaySnapshots(scenario: Scenario, run: RunInput, everyMs = 10_000): Snapshots {
  const actions = run.actions;
  const consumed = new Uint8Array(actions.length);
  let state: State = init(scenario, run.seed ?? scenario.seed);
  const states: State[] = [state];

  const keep = (): void => {
    states.push(state);
  };
  const stepTo = (tMs: number): void => {
    while (state.t < tMs && !state.ended && state.frozenProbe === null) {
      const next = Math.min(tMs, (Math.floor(state.t / everyMs) + 1) * everyMs);
      state = advanceTo(scenario, state, next);
      keep();
    }
  };
  const applyAt = (index: number): void => {
    consumed[index] = 1;
    const { at: _at, ...action } = actions[index];
    const result = apply(scenario, state, action as Action);
    if (result.ok) {
      state = result.state;
      keep();
    }
  };
  const answerFreeze = (from: number): boolean => {
    for (let j = from; j < actions.length && state.frozenProbe !== null; j++) {
      const a = actions[j];
      if (!consumed[j] && a.type === 'answer' && a.probe === state.frozenProbe) applyAt(j);
    }
    return state.frozenProbe === null;
  };
  const reach = (tMs: number, from: number, waitFor = -1): boolean => {
    for (;;) {
      stepTo(tMs);
      if (state.frozenProbe === null) return true;
      if (!answerFreeze(from)) return false;
      if (waitFor >= 0 && consumed[waitFor]) return true;
    }
  };
  const probeToCome = (a: ActionFile): boolean =>
    a.type === 'answer' && !Object.hasOwn(state.fired, a.probe) && scenario.injects.some((inj) => inj.id === a.probe);
  const stopped = (): Snapshots => ({ states, final: state, stoppedAtProbe: state.frozenProbe });

  for (let i = 0; i < actions.length; i++) {
    if (consumed[i]) continue;
    const at = actionTimeMs(actions[i].at);
    if (at === null) {
      consumed[i] = 1;
      continue;
    }
    const ok = probeToCome(actions[i]) ? reach(scenario.durationMs, i, i) : reach(at, i);
    if (!ok) return stopped();
    if (!consumed[i]) applyAt(i);
  }
  if (!reach(scenario.durationMs, actions.length)) return stopped();
  return { states, final: state, stoppedAtProbe: null };
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
