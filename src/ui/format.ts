/** Plain-language formatting shared by the DOM panels. */
import type { Scenario } from '../scenario/model';
import { clockAtSeconds, formatOffset } from '../scenario/time';

/** "12 min" style duration for a library card. */
export function durationText(ms: number): string {
  const min = Math.round(ms / 60000);
  return min >= 1 ? `${min} min` : formatOffset(ms);
}

/** The clock time (HH:MM:SS) the trainee sees at scenario time `ms`. */
export function clockText(scenario: Scenario, ms: number): string {
  return clockAtSeconds(scenario.startClockMin, ms);
}

/** Capabilities a scenario trains, from its objectives, in order of first appearance. */
export function capabilitiesOf(scenario: Scenario): string[] {
  return [...new Set(scenario.objectives.map((o) => o.capability))];
}

/** Light, visibility and wind in words. */
export function conditionsText(c: Scenario['conditions']): string {
  return `${c.light}, ${c.visibility}, wind ${c.wind}`;
}
