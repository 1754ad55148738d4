/**
 * What each vocabulary value means, in the instructor's words: the JSON Schema's per-value help
 * (`enumDescriptions`, which VS Code's JSON service shows on hover and in completion).
 */
import { z } from 'zod';
import type {
  Activity,
  AirTruth,
  AirType,
  Altitude,
  Assessment,
  Capability,
  CommsChannel,
  CommsStatus,
  Difficulty,
  Direction,
  Domain,
  EmissionState,
  GroundKind,
  GroundTruth,
  Light,
  LightMode,
  MessageChannel,
  NotDoneAction,
  Payload,
  PerimeterSide,
  Posture,
  ReportType,
  SaLevel,
  Size,
  Sound,
  Visibility,
  Wind,
} from './vocab';

export const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  intro: 'A first session: few contacts, good conditions, prompts along the way.',
  basic: 'One new skill in good conditions.',
  intermediate: 'Harder conditions or comms problems; several skills in one run.',
  advanced: 'Many contacts at once, long runs, everything mixed.',
};

export const LIGHT_TEXT: Record<Light, string> = {
  day: 'Daylight: full sight range.',
  dusk: 'Dusk: sight range × 0.75, except drones showing lights.',
  night: 'Night: sight range × 0.5, except drones showing lights.',
};
export const VISIBILITY_TEXT: Record<Visibility, string> = {
  clear: 'Clear air: full sight range.',
  haze: 'Haze: sight range × 0.7.',
  fog: 'Fog: sight range × 0.45.',
};
export const WIND_TEXT: Record<Wind, string> = {
  calm: 'Calm: full hearing range.',
  breezy: 'Breezy: hearing range × 0.75.',
  gusty: 'Gusty: hearing range × 0.5.',
};

export const DOMAIN_TEXT: Record<Domain, string> = {
  air: 'Something in the air: a drone, a bird, a balloon, an aircraft.',
  ground: 'A person or vehicle on the ground.',
};
export const TRUTH_TEXT: Record<AirTruth | GroundTruth, string> = {
  bird: 'Air: a bird. Reporting it is a false report.',
  authorized: 'Air: a booked flight listed in the briefing. Reporting it is a false report.',
  hobbyist: 'Air: a drone that passes by and keeps its distance; the trainee classifies it "unknown-uas".',
  suspicious:
    'Air: a drone that stays over or near the perimeter or the post ("suspicious-uas"). Ground: suspicious activity ("suspicious-activity").',
  hazard: 'Air: a drone carrying an object towards people.',
  routine: 'Ground: people or vehicles going about ordinary business.',
  operator: 'Ground: the person flying a drone ("possible-operator").',
};

export const AIR_TYPE_TEXT: Record<AirType, string> = {
  multirotor: 'A drone with several rotors (quadcopter and the like).',
  'fixed-wing': 'A winged drone or aircraft.',
  bird: 'A bird.',
  balloon: 'A balloon.',
};
export const SIZE_TEXT: Record<Size, string> = {
  small: 'Small: sight range × 1.',
  medium: 'Medium: sight range × 1.25.',
  large: 'Large: sight range × 1.5.',
};
export const SOUND_TEXT: Record<Sound, string> = {
  none: 'Silent: only seen, never heard.',
  faint: 'Faint: heard within 2 cells (less in wind).',
  loud: 'Loud: heard within 4 cells (less in wind).',
};
export const LIGHT_MODE_TEXT: Record<LightMode, string> = {
  none: 'No lights.',
  steady: 'Steady lights: seen at full range at dusk and night.',
  flashing: 'Flashing lights: seen at full range at dusk and night.',
};
export const ALTITUDE_TEXT: Record<Altitude, string> = {
  low: 'Low: structures and vegetation between it and the post block or shorten sight.',
  medium: 'Medium: seen over structures and vegetation.',
  high: 'High: seen over structures and vegetation.',
};
export const GROUND_KIND_TEXT: Record<GroundKind, string> = {
  vehicle: 'A vehicle: sight range × 1.2.',
  person: 'A person on foot: sight range × 0.9.',
};

export const ACTIVITY_TEXT: Record<Activity, string> = {
  hovering: 'Holding still in one place.',
  loitering: 'Staying around one area.',
  circling: 'Flying circles over one area.',
  transiting: 'Passing through on a steady course.',
  approaching: 'Coming towards the post.',
  departing: 'Going away from the post.',
};

export const MESSAGE_CHANNEL_TEXT: Record<MessageChannel, string> = {
  radio: 'Heard on the radio.',
  phone: 'A phone call.',
  written: 'A written message.',
};
export const COMMS_CHANNEL_TEXT: Record<CommsChannel, string> = {
  primary: "The primary reporting channel (the briefing's reporting.primary).",
  alternate: "The alternate reporting channel (the briefing's reporting.alternate).",
};
export const COMMS_STATUS_TEXT: Record<CommsStatus, string> = {
  up: 'Working: reports are delivered at once.',
  degraded: 'Degraded: reports are delivered 30 seconds after sending.',
  down: 'Down: reports sent on it are not delivered.',
};

export const SA_LEVEL_TEXT: Record<SaLevel, string> = {
  1: 'Level 1, perception: what is there.',
  2: 'Level 2, comprehension: what it means.',
  3: 'Level 3, projection: what happens next.',
};

export const CAPABILITY_TEXT: Record<Capability, string> = {
  detect: 'Noticing contacts and marking them.',
  classify: 'Telling drones from look-alikes.',
  report: 'Complete, timely drone SALUTE reports.',
  protect: 'Putting the team on Alert or in Cover in time.',
  opsec: 'Switching personal devices and emitters off when ordered.',
  comms: 'Acknowledging messages and using a working channel.',
  awareness: 'Knowing what is going on: probes and looking for operators.',
  discipline: 'No false reports, no careless marks.',
};

export const NOT_DONE_ACTION_TEXT: Record<NotDoneAction, string> = {
  mark: 'The trainee has not marked the contact (any contact when "contact" is left out).',
  classify: 'The trainee has not classified the contact (any contact when "contact" is left out).',
  report: 'No report on the contact has been delivered (any contact when "contact" is left out).',
  ack: 'The message named by "inject" has not been acknowledged.',
  posture: 'The team is not yet at the posture given by "posture" (default alert).',
  emissions: 'Emissions are not yet off.',
};

export const POSTURE_TEXT: Record<Posture, string> = {
  normal: 'Normal: the team goes about its work.',
  alert: 'Alert: the team is warned and watching.',
  cover: 'Take cover: the team shelters (counts as Alert too).',
};
export const EMISSION_TEXT: Record<EmissionState, string> = {
  on: 'Personal devices and emitters on.',
  off: 'Personal devices and emitters switched off.',
};

export const ASSESSMENT_TEXT: Record<Assessment, string> = {
  bird: 'Air: a bird (truth "bird").',
  authorized: 'Air: a booked flight from the briefing (truth "authorized").',
  'unknown-uas': 'Air: a drone that passes by and keeps its distance (truth "hobbyist").',
  'suspicious-uas': 'Air: a drone that stays over or near the perimeter or the post (truth "suspicious").',
  hazard: 'Air: a drone carrying an object towards people (truth "hazard").',
  routine: 'Ground: ordinary business (truth "routine").',
  'possible-operator': 'Ground: someone who may be flying a drone (truth "operator").',
  'suspicious-activity': 'Ground: suspicious activity (truth "suspicious").',
};
export const REPORT_TYPE_TEXT: Record<ReportType, string> = {
  multirotor: 'A drone with several rotors.',
  'fixed-wing': 'A winged drone.',
  unknown: 'Type not observed.',
};
export const PAYLOAD_TEXT: Record<Payload, string> = {
  'none-seen': 'Nothing seen attached.',
  'object-attached': 'An object is attached.',
  unknown: 'Not observed.',
};
export const DIRECTION_TEXT: Record<Direction, string> = {
  N: 'Heading north.',
  NE: 'Heading north-east.',
  E: 'Heading east.',
  SE: 'Heading south-east.',
  S: 'Heading south.',
  SW: 'Heading south-west.',
  W: 'Heading west.',
  NW: 'Heading north-west.',
  stationary: 'Not moving.',
};
export const PERIMETER_TEXT: Record<PerimeterSide, string> = {
  inside: 'Inside the perimeter.',
  outside: 'Outside the perimeter.',
};

export const SELECTOR_TEXT: Record<'air' | 'ground' | 'all', string> = {
  air: 'Every air contact.',
  ground: 'Every ground contact.',
  all: 'Every contact.',
};

/** A closed choice of text values with a description of the field and one of each value. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, texts: Record<T[number], string>) {
  return z.enum(values).meta({ enumDescriptions: values.map((v: T[number]) => texts[v]) });
}
