/** Motion: where a contact is on its path at a moment (straight lines between waypoints). */
import type { Scenario } from '../scenario/model';
import { type PreparedContact, prepared } from './prepare';
import type { ContactState, State } from './types';

/** Where path time `tau` falls: before the first waypoint, on the path, or after it has left. */
export type PathPhase = 'before' | 'on' | 'left';

/** The phase of path time `tau` (ms since the contact's clock started). */
export function phaseAt(pc: PreparedContact, tau: number): PathPhase {
  if (tau < pc.times[0]) return 'before';
  if (tau > pc.times[pc.times.length - 1] && !pc.contact.linger) return 'left';
  return 'on';
}

/** Index of the last waypoint passed at path time `tau` (tau ≥ the first waypoint's time). */
export function waypointAt(pc: PreparedContact, tau: number): number {
  let lo = 0;
  let hi = pc.times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pc.times[mid] <= tau) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What `place` writes. */
export type Placement = Pick<ContactState, 'x' | 'y' | 'activity' | 'heading'>;

/** Writes position, activity and heading at path time `tau` (phase 'on') into `out`. */
export function place(pc: PreparedContact, tau: number, out: Placement): void {
  const i = waypointAt(pc, tau);
  out.activity = pc.activities[i];
  if (i === pc.times.length - 1) {
    out.x = pc.xs[i];
    out.y = pc.ys[i];
    out.heading = 'stationary';
    return;
  }
  const f = (tau - pc.times[i]) / (pc.times[i + 1] - pc.times[i]);
  out.x = pc.xs[i] + (pc.xs[i + 1] - pc.xs[i]) * f;
  out.y = pc.ys[i] + (pc.ys[i + 1] - pc.ys[i]) * f;
  out.heading = pc.headings[i];
}

/** Where a contact is at scenario time `tMs` by its path (null before it appears, after it leaves, or if not started). */
export function positionAt(
  scenario: Scenario,
  state: State,
  contactId: string,
  tMs: number,
): { x: number; y: number } | null {
  const p = prepared(scenario);
  const i = p.contactIndex.get(contactId);
  const start = i === undefined ? null : (state.contacts[i]?.clockStartMs ?? null);
  if (i === undefined || start === null) return null;
  const pc = p.contacts[i];
  const tau = tMs - start;
  if (phaseAt(pc, tau) !== 'on') return null;
  const out: Placement = { x: 0, y: 0, activity: pc.activities[0], heading: 'stationary' };
  place(pc, tau, out);
  return { x: out.x, y: out.y };
}
