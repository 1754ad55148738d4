/** Plain-language formatting shared by the DOM panels, in the current language. */
import { currentLanguage, t } from '../i18n';
import type { Scenario } from '../scenario/model';
import { clockAtSeconds, formatOffset } from '../scenario/time';
import type { Capability, CommsStatus, Difficulty, Light, Visibility, Wind } from '../scenario/vocab';

/** "12 min" style duration for a library card. */
export function durationText(ms: number): string {
  const min = Math.round(ms / 60000);
  return min >= 1 ? t('app:format.minutes', { min }) : formatOffset(ms);
}

/** The clock time (HH:MM:SS) the trainee sees at scenario time `ms`. */
export function clockText(scenario: Scenario, ms: number): string {
  return clockAtSeconds(scenario.startClockMin, ms);
}

/** A wall-clock date and time (a saved run, a finished run) in the current language. */
export function dateTimeText(ms: number): string {
  return new Date(ms).toLocaleString(currentLanguage());
}

/** A number (a score) as the current language writes it: 28.6 in English, 28,6 in Spanish. */
export function numberText(n: number): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(n);
}

/** A share from 0 to 1 as a whole percentage in the current language ("85%", "85 %"). */
export function percentText(share: number): string {
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Capabilities a scenario trains, from its objectives, in order of first appearance. */
export function capabilitiesOf(scenario: Scenario): string[] {
  return [...new Set(scenario.objectives.map((o) => o.capability))];
}

const CAPABILITY: Record<Capability, () => string> = {
  detect: () => t('app:vocab.capability.detect'),
  classify: () => t('app:vocab.capability.classify'),
  report: () => t('app:vocab.capability.report'),
  protect: () => t('app:vocab.capability.protect'),
  opsec: () => t('app:vocab.capability.opsec'),
  comms: () => t('app:vocab.capability.comms'),
  awareness: () => t('app:vocab.capability.awareness'),
  discipline: () => t('app:vocab.capability.discipline'),
};

/** A capability's name in words. */
export function capabilityText(capability: string): string {
  return CAPABILITY[capability as Capability]?.() ?? capability;
}

const DIFFICULTY: Record<Difficulty, () => string> = {
  intro: () => t('app:vocab.difficulty.intro'),
  basic: () => t('app:vocab.difficulty.basic'),
  intermediate: () => t('app:vocab.difficulty.intermediate'),
  advanced: () => t('app:vocab.difficulty.advanced'),
};

/** A scenario's difficulty in words. */
export function difficultyText(difficulty: Difficulty): string {
  return DIFFICULTY[difficulty]?.() ?? difficulty;
}

const LIGHT: Record<Light, () => string> = {
  day: () => t('app:vocab.light.day'),
  dusk: () => t('app:vocab.light.dusk'),
  night: () => t('app:vocab.light.night'),
};
const VISIBILITY: Record<Visibility, () => string> = {
  clear: () => t('app:vocab.visibility.clear'),
  haze: () => t('app:vocab.visibility.haze'),
  fog: () => t('app:vocab.visibility.fog'),
};
const WIND: Record<Wind, () => string> = {
  calm: () => t('app:vocab.wind.calm'),
  breezy: () => t('app:vocab.wind.breezy'),
  gusty: () => t('app:vocab.wind.gusty'),
};

const COMMS_STATUS: Record<CommsStatus, () => string> = {
  up: () => t('app:hud.up'),
  degraded: () => t('app:hud.degraded'),
  down: () => t('app:hud.down'),
};

/** A comms channel's status (up, degraded, down) in words. */
export function commsStatusText(status: CommsStatus): string {
  return COMMS_STATUS[status]?.() ?? status;
}

/** Light, visibility and wind in words. */
export function conditionsText(c: Scenario['conditions']): string {
  return t('app:format.conditions', {
    light: LIGHT[c.light]?.() ?? c.light,
    visibility: VISIBILITY[c.visibility]?.() ?? c.visibility,
    wind: WIND[c.wind]?.() ?? c.wind,
  });
}
