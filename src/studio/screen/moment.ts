/** The scrubber's moment: where every contact is and how far the post sees, at one scenario time. */
import { init, openSightRange, positionAt } from '../../engine';
import type { State } from '../../engine/types';
import { knownFiringTimes } from '../../scenario/firing-times';
import type { ConditionsState, Scenario } from '../../scenario/model';
import { type MapModel, whereAt } from './mapModel';

/** Contact positions (cell units) and the open sight range at a moment. */
export interface Moment {
  positions: { id: string; x: number; y: number }[];
  range: number | null;
}

const starts = new WeakMap<Scenario, State>();

function startState(scenario: Scenario): State {
  let s = starts.get(scenario);
  if (!s) {
    s = init(scenario);
    starts.set(scenario, s);
  }
  return s;
}

/** The conditions at `tMs`: the scenario's, changed by each conditions inject whose time is known and passed. */
function conditionsAt(scenario: Scenario, tMs: number): ConditionsState {
  const times = knownFiringTimes(scenario.injects);
  let out = { ...scenario.conditions };
  const due = scenario.injects
    .filter((i) => i.type === 'conditions' && (times.get(i.id) ?? Number.POSITIVE_INFINITY) <= tMs)
    .sort((a, b) => (times.get(a.id) ?? 0) - (times.get(b.id) ?? 0));
  for (const inj of due) if (inj.type === 'conditions') out = { ...out, ...inj.conditions };
  return out;
}

/**
 * The moment at `tMs`. With a valid scenario the engine places the contacts and gives the sight range;
 * a contact started by an inject is placed from that inject's known firing time; a text with errors
 * is drawn from its waypoints as read, with no range.
 */
export function momentAt(model: MapModel, scenario: Scenario | null, tMs: number): Moment {
  const fired = scenario ? knownFiringTimes(scenario.injects) : new Map<string, number>();
  const positions = model.contacts.flatMap((c) => {
    let p: { x: number; y: number } | null = null;
    if (scenario && c.start === null) p = positionAt(scenario, startState(scenario), c.id, tMs);
    else {
      const startMs = c.start === null ? 0 : fired.get(c.start);
      p = startMs === undefined ? null : whereAt(c, startMs, tMs);
    }
    return p ? [{ id: c.id, ...p }] : [];
  });
  return { positions, range: scenario ? openSightRange(scenario, conditionsAt(scenario, tMs)) : null };
}
