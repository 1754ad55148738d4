/** Firing times known before play (`at`, or `after` a chain ending in `at`): the static checks cover these. */
import type { Scenario } from '../../scenario/model';

/** Inject id → its firing time in ms, for injects whose time does not depend on the run. */
export function knownFiringTimes(scenario: Scenario): Map<string, number> {
  const byId = new Map(scenario.injects.map((i) => [i.id, i]));
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
