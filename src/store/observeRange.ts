/** The observation range drawn on the map: how far the post sees a small unlit contact in the open now. */
import { HIGH_GROUND_BONUS, LIGHT_FACTOR, VISIBILITY_FACTOR } from '../engine';
import type { ConditionsState, Scenario } from '../scenario/model';

/** Sight range in cells under the given conditions (no focus, no terrain in between). */
export function observeRadius(scenario: Scenario, conditions: ConditionsState): number {
  const { post, map } = scenario;
  const high = map.terrain[post.cell.r]?.[post.cell.c] === '^' ? HIGH_GROUND_BONUS : 0;
  return post.observeRange * LIGHT_FACTOR[conditions.light] * VISIBILITY_FACTOR[conditions.visibility] + high;
}
