/** Rebuilds a run's state at a given moment from its record: how a reload resumes play. */
import { advanceTo, apply, init } from '../engine';
import type { State } from '../engine/types';
import type { Scenario } from '../scenario/model';
import type { RunRecord } from './runRecord';

/** The state at `tMs` of the run the record describes, or why the record does not fit the scenario. */
export function replayTo(
  scenario: Scenario,
  record: RunRecord,
  tMs: number,
): { ok: true; state: State } | { ok: false; reason: string } {
  let state = init(scenario, record.seed);
  for (const [i, recorded] of record.actions.entries()) {
    const { at, ...action } = recorded;
    if (!state.frozenProbe) state = advanceTo(scenario, state, Math.round(at * 1000));
    const result = apply(scenario, state, action);
    if (!result.ok)
      return { ok: false, reason: `action ${i + 1} (${action.type}) was refused: ${result.rejection.message}` };
    state = result.state;
  }
  if (!state.frozenProbe && tMs > state.t) state = advanceTo(scenario, state, tMs);
  return { ok: true, state };
}
