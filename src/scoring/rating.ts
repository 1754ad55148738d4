/** Scores, ratings and time credit: the shared arithmetic of every rule. */
import type { Rating } from './types';

/** HSEEP-style rating for a 0–100 score: P ≥ 90, S ≥ 70, M ≥ 40, U below. */
export function ratingFor(score: number | null): Rating {
  if (score === null) return 'N/A';
  if (score >= 90) return 'P';
  if (score >= 70) return 'S';
  if (score >= 40) return 'M';
  return 'U';
}

/** Rounds to one decimal place, the precision every score is shown and compared at. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Credit 0–1 for doing something `latencyMs` after it became due: full within the goal, falling to 0 at twice the goal. */
export function timeCredit(latencyMs: number, goalMs: number): number {
  if (latencyMs <= goalMs) return 1;
  if (goalMs <= 0) return 0;
  return Math.max(0, 1 - (latencyMs - goalMs) / goalMs);
}

/** Mean of credits as a 0–100 score, or null when there is nothing to score. */
export function meanScore(credits: number[]): number | null {
  if (credits.length === 0) return null;
  return round1((credits.reduce((a, b) => a + b, 0) / credits.length) * 100);
}
