/**
 * The map's scrubber: where every contact is at a moment by its path, and how far the post sees
 * then. Contacts are read from the partial model, so the map moves even while the text has problems.
 */
import { openSightRange } from '../engine/perception';
import { parseCell } from '../scenario';
import type { ConditionsState, Scenario } from '../scenario/model';
import type { PartialContact, PartialScenario } from './partial';

/** A contact on the map at a moment: position in cell units (A1's centre is 0, 0). */
export interface ContactPlace {
  id: string;
  x: number;
  y: number;
  /** The activity holding since the last waypoint passed, or null. */
  activity: string | null;
  domain: string | null;
  truth: string | null;
}

/** When a contact's path clock starts: 0, or the "at" of the inject named in `start` (null when that has no time). */
function clockStart(p: PartialScenario, c: PartialContact): number | null {
  const start = c.value.start;
  if (typeof start !== 'string') return 0;
  return p.injects.find((i) => i.id === start)?.atMs ?? null;
}

/** The contact's readable waypoints in time order, as times and positions. */
function points(c: PartialContact): { t: number; x: number; y: number; activity: string | null }[] {
  return c.path.flatMap((w) => {
    const cell = w.cell ? parseCell(w.cell) : null;
    return w.atMs !== null && cell ? [{ t: w.atMs, x: cell.c, y: cell.r, activity: w.activity }] : [];
  });
}

/** The index of the last waypoint at or before path time `tau` (the path starts at or before it). */
function lastAtOrBefore(path: { t: number }[], tau: number): number {
  let i = 0;
  while (i + 1 < path.length && path[i + 1].t <= tau) i++;
  return i;
}

/** Where each contact is at scenario time `tMs` (those not yet there, gone, or started by an untimed inject are left out). */
export function contactsAt(p: PartialScenario, tMs: number): ContactPlace[] {
  return p.contacts.flatMap((c) => {
    const start = clockStart(p, c);
    const path = points(c);
    if (start === null || path.length === 0) return [];
    const tau = tMs - start;
    const last = path[path.length - 1];
    if (tau < path[0].t || (tau > last.t && c.value.linger !== true)) return [];
    const i = lastAtOrBefore(path, tau);
    const a = path[i];
    const b = path[i + 1];
    const f = b && b.t > a.t ? (tau - a.t) / (b.t - a.t) : 0;
    const at = b ? { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f } : { x: a.x, y: a.y };
    return [{ id: c.id, ...at, activity: a.activity, domain: c.domain, truth: c.truth }];
  });
}

/** The conditions at scenario time `tMs`: the scenario's, changed by every timed conditions inject fired by then. */
export function conditionsAt(scenario: Scenario, tMs: number): ConditionsState {
  const changes = scenario.injects
    .flatMap((i) =>
      i.type === 'conditions' && !i.optional && i.trigger?.kind === 'at' && i.trigger.atMs <= tMs
        ? [{ at: i.trigger.atMs, conditions: i.conditions }]
        : [],
    )
    .sort((a, b) => a.at - b.at);
  const now = { ...scenario.conditions };
  for (const x of changes) Object.assign(now, x.conditions);
  return now;
}

/** How far the post sees a small unlit contact in the open at scenario time `tMs`: the ring the map draws. */
export function sightRangeAt(scenario: Scenario, tMs: number): number {
  return openSightRange(scenario, conditionsAt(scenario, tMs));
}
