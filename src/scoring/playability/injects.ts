/** Injects that fire in no playtest run: a trigger that can never be met (the static checks cover `at` after the end). */
import { type Finding, formatOffset, knownFiringTimes, warning } from '../../scenario';
import type { Inject, Scenario, Trigger } from '../../scenario/model';
import { closestInAny, type Playtest, visibleMs } from './runs';

const firedIn = (runs: readonly Playtest[], id: string) => runs.some((r) => id in r.state.fired);

/** The end of play in the longest run (an `end` inject may end it before durationSec). */
function playEnd(runs: readonly Playtest[]): number {
  return Math.max(...runs.map((r) => r.state.t));
}

function reason(scenario: Scenario, runs: readonly Playtest[], trigger: Trigger): string {
  const end = formatOffset(playEnd(runs));
  switch (trigger.kind) {
    case 'at':
      return `play ends at ${end}, before its time ${formatOffset(trigger.atMs)} (an "end" inject ends it first)`;
    case 'after': {
      const parent = scenario.injects.find((i) => i.id === trigger.inject);
      return parent?.optional
        ? `it waits for "${trigger.inject}", which is optional and fires only when the facilitator fires it by hand`
        : `it waits for "${trigger.inject}", which never fires`;
    }
    case 'detected':
    case 'reported': {
      if (!runs.some((r) => visibleMs(r, trigger.contact) > 0))
        return `contact "${trigger.contact}" never becomes observable, so it cannot be ${trigger.kind}`;
      return trigger.kind === 'reported'
        ? `no playtest trainee reports "${trigger.contact}" (the perfect trainee reports only drones that are not birds or authorized, and operators or suspicious ground contacts)`
        : `no playtest trainee marks "${trigger.contact}"`;
    }
    case 'contactWithin': {
      const closest = closestInAny(runs, trigger.contact);
      return closest === null
        ? `contact "${trigger.contact}" never appears`
        : `contact "${trigger.contact}" comes no closer than ${closest.toFixed(1)} cells`;
    }
    case 'notDone':
      return `its deadline ${formatOffset(trigger.byMs)} is not reached before play ends at ${end}`;
  }
}

function isCandidate(inject: Inject, known: Map<string, number>, scenario: Scenario): boolean {
  if (inject.optional || !inject.trigger) return false;
  const t = known.get(inject.id);
  return t === undefined || t < scenario.durationMs;
}

/** inject-never-fires for every non-optional inject that fires in none of the runs. */
export function checkInjectsFire(scenario: Scenario, runs: readonly Playtest[]): Finding[] {
  const known = knownFiringTimes(scenario.injects);
  return scenario.injects.flatMap((inject, i) => {
    if (!isCandidate(inject, known, scenario) || firedIn(runs, inject.id) || !inject.trigger) return [];
    return [
      warning(
        'inject-never-fires',
        ['injects', i],
        `inject "${inject.id}" fires in no playtest run (perfect, passive, focused): ${reason(scenario, runs, inject.trigger)} — change its trigger, or mark it "optional": true if the facilitator fires it by hand`,
      ),
    ];
  });
}
