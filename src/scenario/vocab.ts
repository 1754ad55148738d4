/** The scenario format's closed vocabularies, as const arrays with types derived from them. */

export const DIFFICULTIES = ['intro', 'basic', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LIGHTS = ['day', 'dusk', 'night'] as const;
export type Light = (typeof LIGHTS)[number];
export const VISIBILITIES = ['clear', 'haze', 'fog'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const WINDS = ['calm', 'breezy', 'gusty'] as const;
export type Wind = (typeof WINDS)[number];

/** Terrain codes: open, road, water, structure, vegetation, high ground, border line. */
export const TERRAIN_CODES = ['.', '=', '~', '#', '*', '^', '-'] as const;
export type TerrainCode = (typeof TERRAIN_CODES)[number];

export const DOMAINS = ['air', 'ground'] as const;
export type Domain = (typeof DOMAINS)[number];
export const AIR_TRUTHS = ['bird', 'authorized', 'hobbyist', 'suspicious', 'hazard'] as const;
export type AirTruth = (typeof AIR_TRUTHS)[number];
export const GROUND_TRUTHS = ['routine', 'operator', 'suspicious'] as const;
export type GroundTruth = (typeof GROUND_TRUTHS)[number];

export const AIR_TYPES = ['multirotor', 'fixed-wing', 'bird', 'balloon'] as const;
export type AirType = (typeof AIR_TYPES)[number];
export const SIZES = ['small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];
export const SOUNDS = ['none', 'faint', 'loud'] as const;
export type Sound = (typeof SOUNDS)[number];
export const LIGHT_MODES = ['none', 'steady', 'flashing'] as const;
export type LightMode = (typeof LIGHT_MODES)[number];
export const ALTITUDES = ['low', 'medium', 'high'] as const;
export type Altitude = (typeof ALTITUDES)[number];
export const GROUND_KINDS = ['vehicle', 'person'] as const;
export type GroundKind = (typeof GROUND_KINDS)[number];

export const ACTIVITIES = ['hovering', 'loitering', 'circling', 'transiting', 'approaching', 'departing'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const MESSAGE_CHANNELS = ['radio', 'phone', 'written'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
export const COMMS_CHANNELS = ['primary', 'alternate'] as const;
export type CommsChannel = (typeof COMMS_CHANNELS)[number];
export const COMMS_STATUSES = ['up', 'degraded', 'down'] as const;
export type CommsStatus = (typeof COMMS_STATUSES)[number];

export const INJECT_TYPES = ['message', 'conditions', 'comms', 'probe', 'discussion', 'end'] as const;
export type InjectType = (typeof INJECT_TYPES)[number];
export const SA_LEVELS = [1, 2, 3] as const;
export type SaLevel = (typeof SA_LEVELS)[number];

export const CAPABILITIES = [
  'detect',
  'classify',
  'report',
  'protect',
  'opsec',
  'comms',
  'awareness',
  'discipline',
] as const;
export type Capability = (typeof CAPABILITIES)[number];
export const RULE_TYPES = [
  'detect',
  'classify',
  'report',
  'protect',
  'emissions',
  'alternateChannel',
  'acknowledge',
  'probes',
  'falseReports',
  'operator',
  'marks',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** The trainee's classification choices for air tracks (format) and ground tracks (extension). */
export const AIR_ASSESSMENTS = ['bird', 'authorized', 'unknown-uas', 'suspicious-uas', 'hazard'] as const;
export const GROUND_ASSESSMENTS = ['routine', 'possible-operator', 'suspicious-activity'] as const;
export const ASSESSMENTS = [...AIR_ASSESSMENTS, ...GROUND_ASSESSMENTS] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** Which truth each classification choice stands for. */
export const ASSESSMENT_TRUTH: Record<Assessment, { domain: Domain; truth: AirTruth | GroundTruth }> = {
  bird: { domain: 'air', truth: 'bird' },
  authorized: { domain: 'air', truth: 'authorized' },
  'unknown-uas': { domain: 'air', truth: 'hobbyist' },
  'suspicious-uas': { domain: 'air', truth: 'suspicious' },
  hazard: { domain: 'air', truth: 'hazard' },
  routine: { domain: 'ground', truth: 'routine' },
  'possible-operator': { domain: 'ground', truth: 'operator' },
  'suspicious-activity': { domain: 'ground', truth: 'suspicious' },
};

export const REPORT_TYPES = ['multirotor', 'fixed-wing', 'unknown'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const PAYLOADS = ['none-seen', 'object-attached', 'unknown'] as const;
export type Payload = (typeof PAYLOADS)[number];
export const COMPASS8 = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type Compass8 = (typeof COMPASS8)[number];
export const DIRECTIONS = [...COMPASS8, 'stationary'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const PERIMETER_SIDES = ['inside', 'outside'] as const;
export type PerimeterSide = (typeof PERIMETER_SIDES)[number];

export const POSTURES = ['normal', 'alert', 'cover'] as const;
export type Posture = (typeof POSTURES)[number];
export const EMISSION_STATES = ['on', 'off'] as const;
export type EmissionState = (typeof EMISSION_STATES)[number];

/** A report field's value for "not observed". */
export const UNKNOWN = 'unknown';

export const NOT_DONE_ACTIONS = ['mark', 'classify', 'report', 'ack', 'posture', 'emissions'] as const;
export type NotDoneAction = (typeof NOT_DONE_ACTIONS)[number];
