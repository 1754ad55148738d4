/**
 * When injects fire, where that is known before play, and how far apart probes should be: one
 * definition for the static timing checks (crossref/timing.ts) and the playtest (scoring/playability).
 */
import type { Trigger } from './model';

/** Probes should leave this long from the start and from each other (SAGAT practice). */
export const PROBE_GAP_MS = 180_000;

/** What the rule reads of an inject: its id, whether it is fired by hand, and its trigger (null: unknown or none). */
export interface TimedInject {
  id: string;
  optional: boolean;
  trigger: Trigger | null;
}

/** Inject id → firing time in ms, for injects whose time does not depend on the run: `at`, or `after` a chain ending in `at`. */
export function knownFiringTimes(injects: Iterable<TimedInject>): Map<string, number> {
  const byId = new Map<string, TimedInject>();
  for (const inject of injects) if (!byId.has(inject.id)) byId.set(inject.id, inject);
  const times = new Map<string, number>();
  const resolve = (id: string, depth: number): number | null => {
    const known = times.get(id);
    if (known !== undefined) return known;
    const inject = byId.get(id);
    if (!inject || inject.optional || !inject.trigger || depth > byId.size) return null;
    const trigger = inject.trigger;
    let t: number | null = null;
    if (trigger.kind === 'at') t = trigger.atMs;
    else if (trigger.kind === 'after') {
      const base = resolve(trigger.inject, depth + 1);
      t = base === null ? null : base + trigger.delayMs;
    }
    if (t !== null) times.set(id, t);
    return t;
  };
  for (const id of byId.keys()) resolve(id, 0);
  return times;
}
