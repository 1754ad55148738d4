/** Rebuilds a run's state at a given moment from its record: how a reload resumes play. */

import { replay } from '../engine';
import type { State } from '../engine/types';
import { t } from '../i18n';
import type { Scenario } from '../scenario/model';
import type { RunRecord } from './runRecord';

/** The state at `tMs` of the run the record describes (the engine's replay), or why the record does not fit the scenario. */
export function replayTo(
  scenario: Scenario,
  record: RunRecord,
  tMs: number,
): { ok: true; state: State } | { ok: false; reason: string } {
  const result = replay(scenario, { seed: record.seed, actions: record.actions }, undefined, tMs);
  const [first] = result.rejected;
  if (first) {
    const type = typeof first.action === 'object' && first.action !== null ? first.action.type : 'unknown';
    return {
      ok: false,
      reason: t('app:store.refused', { n: first.index + 1, type, reason: first.rejection.message }),
    };
  }
  return { ok: true, state: result.state };
}
