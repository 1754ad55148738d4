/** The observation model: sight and hearing ranges, and what the trainee perceives at a distance. */
import type { ConditionsState, Scenario } from '../scenario/model';
import { cellIndex, type Prepared, prepared } from './prepare';
import type { Perception, State } from './types';

export const LIGHT_FACTOR = { day: 1, dusk: 0.75, night: 0.5 } as const;
export const VISIBILITY_FACTOR = { clear: 1, haze: 0.7, fog: 0.45 } as const;
export const WIND_FACTOR = { calm: 1, breezy: 0.75, gusty: 0.5 } as const;
/** Sight multiplier when the contact's cell is in the focused sector. */
export const FOCUS_FACTOR = 1.3;
/** A contact beyond sight but within this multiple of it is an indication. */
export const INDICATION_FACTOR = 1.5;

/** Sight range in cells for contact `ci` standing in cell index `cell`, given the focused sector's mask. */
export function sightAt(
  sc: Scenario,
  p: Prepared,
  conditions: ConditionsState,
  focusMask: Uint8Array | undefined,
  ci: number,
  cell: number,
): number {
  const pc = p.contacts[ci];
  const light = pc.lit ? 1 : LIGHT_FACTOR[conditions.light];
  let r = sc.post.observeRange * light * VISIBILITY_FACTOR[conditions.visibility] * pc.sizeFactor;
  if (focusMask?.[cell]) r *= FOCUS_FACTOR;
  r += p.highGround;
  return pc.lowLos ? r * p.los[cell] : r;
}

/** How far the post sees a small unlit contact in the open under these conditions: the ring drawn on the map. */
export function openSightRange(scenario: Scenario, conditions: ConditionsState): number {
  return (
    scenario.post.observeRange * LIGHT_FACTOR[conditions.light] * VISIBILITY_FACTOR[conditions.visibility] +
    prepared(scenario).highGround
  );
}

/** Hearing range in cells for contact `ci` (no line of sight needed). */
export function hearingAt(p: Prepared, conditions: ConditionsState, ci: number): number {
  return p.contacts[ci].soundRange * WIND_FACTOR[conditions.wind];
}

/** What the trainee perceives of a contact at distance `dist` with sight `sight` and hearing `hearing`. */
export function perceive(dist: number, sight: number, hearing: number): Perception {
  if (dist <= sight) return 'observable';
  if (dist <= INDICATION_FACTOR * sight || dist <= hearing) return 'indication';
  return 'none';
}

/** Sight range in cells for a contact where it is now, under the state's conditions and focus (0 if unknown). */
export function sightRange(scenario: Scenario, state: State, contactId: string): number {
  const p = prepared(scenario);
  const ci = p.contactIndex.get(contactId);
  if (ci === undefined) return 0;
  const cs = state.contacts[ci];
  const mask = state.focus === null ? undefined : p.sectorMask.get(state.focus);
  return sightAt(scenario, p, state.conditions, mask, ci, cellIndex(p, cs.x, cs.y));
}

/** Hearing range in cells for a contact under the state's wind (0 if unknown). */
export function hearingRange(scenario: Scenario, state: State, contactId: string): number {
  const p = prepared(scenario);
  const ci = p.contactIndex.get(contactId);
  return ci === undefined ? 0 : hearingAt(p, state.conditions, ci);
}
