/** The facilitator view: switching it, reading it from the address, firing optional injects, listing injects. */

import type { State } from '../engine/types';
import { t } from '../i18n';
import type { Inject, Scenario } from '../scenario/model';
import { seatSender } from './classroom/link';
import { act } from './play';
import { session } from './session';

/** Shows or hides the facilitator view; a class seat never shows it (ground truth is the instructor's only). */
export function setFacilitator(on: boolean): void {
  session.setState({ facilitator: on && !seatSender() });
}

/** Switches the facilitator view on or off. */
export function toggleFacilitator(): void {
  setFacilitator(!session.getState().facilitator);
}

/** Reads `?facilitator=1` (or 0); any other value is ignored with a message saying so. */
export function facilitatorFrom(params: URLSearchParams): { on: boolean; problem: string | null } {
  const raw = params.get('facilitator');
  if (raw === null || raw === '0') return { on: false, problem: null };
  if (raw === '1') return { on: true, problem: null };
  return {
    on: false,
    problem: t('app:store.badFacilitator', { raw }),
  };
}

/** Fires an optional inject now; it is recorded in the run like any action, so the run replays exactly. */
export function fireOptional(inject: string): void {
  act({ type: 'fire', inject });
}

/** One inject as the facilitator sees it. */
export interface InjectRow {
  id: string;
  type: Inject['type'];
  /** Scenario time it fired, or null while upcoming. */
  firedMs: number | null;
  /** Scenario time it is due, when its trigger is a fixed time; null otherwise. */
  dueMs: number | null;
  optional: boolean;
  /** True for a contingency that will not fire because the trainee did what it chases. */
  skipped: boolean;
  expected: string;
  controllerNotes: string;
}

function dueOf(inj: Inject): number | null {
  return inj.trigger?.kind === 'at' ? inj.trigger.atMs : null;
}

/** Every inject with what the facilitator needs: fired ones in firing order, then upcoming ones by due time. */
export function injectRows(scenario: Scenario, engine: State): { fired: InjectRow[]; upcoming: InjectRow[] } {
  const rows = scenario.injects.map((inj) => ({
    id: inj.id,
    type: inj.type,
    firedMs: Object.hasOwn(engine.fired, inj.id) ? engine.fired[inj.id] : null,
    dueMs: dueOf(inj),
    optional: inj.optional,
    skipped: Object.hasOwn(engine.skipped, inj.id),
    expected: inj.expected,
    controllerNotes: inj.controllerNotes,
  }));
  const fired = rows.filter((r) => r.firedMs !== null).sort((a, b) => (a.firedMs ?? 0) - (b.firedMs ?? 0));
  const upcoming = rows
    .filter((r) => r.firedMs === null)
    .sort((a, b) => (a.dueMs ?? Number.POSITIVE_INFINITY) - (b.dueMs ?? Number.POSITIVE_INFINITY));
  return { fired, upcoming };
}
