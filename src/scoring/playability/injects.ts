/** Injects that fire in no playtest run: a trigger that can never be met (the static checks cover `at` after the end). */
import { t } from '../../i18n';
import { type Finding, formatOffset, knownFiringTimes, warning } from '../../scenario';
import type { Inject, Scenario, Trigger } from '../../scenario/model';
import { closestInAny, type Playtest, visibleMs } from './runs';

const firedIn = (runs: readonly Playtest[], id: string) => runs.some((r) => Object.hasOwn(r.state.fired, id));

/** The end of play in the longest run (an `end` inject may end it before durationSec). */
function playEnd(runs: readonly Playtest[]): number {
  return Math.max(...runs.map((r) => r.state.t));
}

function reason(scenario: Scenario, runs: readonly Playtest[], trigger: Trigger): string {
  const end = formatOffset(playEnd(runs));
  switch (trigger.kind) {
    case 'at':
      return t('scenario:playability.reasonAt', { end, at: formatOffset(trigger.atMs) });
    case 'after': {
      const parent = scenario.injects.find((i) => i.id === trigger.inject);
      return parent?.optional
        ? t('scenario:playability.reasonAfterOptional', { id: trigger.inject })
        : t('scenario:playability.reasonAfter', { id: trigger.inject });
    }
    case 'detected':
    case 'reported': {
      if (!runs.some((r) => visibleMs(r, trigger.contact) > 0))
        return t('scenario:playability.reasonNeverObservable', { id: trigger.contact, kind: trigger.kind });
      return trigger.kind === 'reported'
        ? t('scenario:playability.reasonNotReported', { id: trigger.contact })
        : t('scenario:playability.reasonNotMarked', { id: trigger.contact });
    }
    case 'contactWithin': {
      const closest = closestInAny(runs, trigger.contact);
      return closest === null
        ? t('scenario:playability.reasonNeverAppears', { id: trigger.contact })
        : t('scenario:playability.reasonNoCloser', { id: trigger.contact, cells: closest.toFixed(1) });
    }
    case 'notDone':
      return t('scenario:playability.reasonDeadline', { by: formatOffset(trigger.byMs), end });
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
        t('scenario:playability.injectNeverFires', { id: inject.id, reason: reason(scenario, runs, inject.trigger) }),
      ),
    ];
  });
}
