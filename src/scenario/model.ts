/**
 * The normalized scenario the engine and scoring work from: times in integer milliseconds,
 * cells as 0-based grid coordinates, defaults filled in, contact selectors resolved to ids.
 * `normalize.ts` builds it from a validated ScenarioFile.
 */

import type { Compute, ScenarioTexts, Translations } from './schema';
import type {
  Activity,
  AirTruth,
  AirType,
  Capability,
  CommsChannel,
  CommsStatus,
  Difficulty,
  Domain,
  GroundTruth,
  Light,
  MessageChannel,
  NotDoneAction,
  Posture,
  SaLevel,
  TerrainCode,
  Visibility,
  Wind,
} from './vocab';

/** A grid cell: `c` is the 0-based column (A = 0), `r` the 0-based row (1 = 0). */
export interface Cell {
  c: number;
  r: number;
}

export interface ConditionsState {
  light: Light;
  visibility: Visibility;
  wind: Wind;
}

export interface GridMap {
  cols: number;
  rows: number;
  /** terrain[r][c] */
  terrain: TerrainCode[][];
  /** perimeter[r][c]: inside the protected area */
  perimeter: boolean[][];
}

export interface AirCues {
  type: AirType;
  size: 'small' | 'medium' | 'large';
  count: number;
  sound: 'none' | 'faint' | 'loud';
  lights: 'none' | 'steady' | 'flashing';
  lightColor: string;
  markings: string;
  carrying: boolean;
  altitude: 'low' | 'medium' | 'high';
}
export interface GroundCues {
  kind: 'vehicle' | 'person';
  markings: string;
  behavior: string;
}

export interface Waypoint {
  atMs: number;
  cell: Cell;
  /** Activity from this waypoint to the next; inherits the previous one when the file omits it. */
  activity: Activity;
}

interface ContactBase {
  id: string;
  path: Waypoint[];
  linger: boolean;
  /** Inject id whose firing starts this contact's clock, or null for scenario start. */
  start: string | null;
  label: string;
}
export interface AirContact extends ContactBase {
  domain: 'air';
  truth: AirTruth;
  cues: AirCues;
  operator: string | null;
}
export interface GroundContact extends ContactBase {
  domain: 'ground';
  truth: GroundTruth;
  cues: GroundCues;
  operator: null;
}
export type Contact = AirContact | GroundContact;

export type Trigger =
  | { kind: 'at'; atMs: number }
  | { kind: 'contactWithin'; contact: string; cells: number }
  | { kind: 'detected'; contact: string }
  | { kind: 'reported'; contact: string }
  | { kind: 'after'; inject: string; delayMs: number }
  | {
      kind: 'notDone';
      action: NotDoneAction;
      contact: string | null;
      inject: string | null;
      posture: Posture | null;
      byMs: number;
    };

interface InjectBase {
  id: string;
  /** null only for optional injects with no trigger. */
  trigger: Trigger | null;
  optional: boolean;
  expected: string;
  objectives: string[];
  controllerNotes: string;
}
export type Inject = InjectBase &
  (
    | { type: 'message'; from: string; text: string; channel: MessageChannel; requiresAck: boolean }
    | { type: 'conditions'; conditions: Partial<ConditionsState> }
    | { type: 'comms'; channel: CommsChannel; status: CommsStatus }
    | {
        type: 'probe';
        question: string;
        choices: string[];
        answer: number | null;
        compute: Compute | null;
        level: SaLevel;
      }
    | { type: 'discussion'; question: string }
    | { type: 'end'; text: string }
  );

export type ScoredRule =
  | { type: 'detect'; contacts: string[]; withinMs: number }
  | { type: 'classify'; contacts: string[] }
  | { type: 'report'; contacts: string[]; withinMs: number; minAccuracy: number }
  | { type: 'protect'; contact: string; posture: 'alert' | 'cover'; beforeWithinCells: number }
  | { type: 'emissions'; state: 'off'; byMs: number | null; afterInject: string | null; withinMs: number }
  | { type: 'alternateChannel'; afterInject: string; withinMs: number }
  | { type: 'acknowledge'; injects: string[]; withinMs: number }
  | { type: 'probes'; minCorrect: number; level: SaLevel | null }
  | { type: 'falseReports'; max: number }
  | { type: 'operator'; contacts: string[] }
  | { type: 'marks'; maxExtra: number };

export interface Objective {
  id: string;
  capability: Capability;
  /** The instructor's wording (facilitator view, debrief). */
  text: string;
  /** What the trainee is shown before and during play ("text" when the file gives no "brief"). */
  brief: string;
  weight: number;
  rule: ScoredRule;
}

export interface Sector {
  id: string;
  name: string;
  cells: Cell[];
}

export interface Briefing {
  situation: string;
  mission: string;
  authorizedFlights: {
    callsign: string;
    sector: string | null;
    from: string | null;
    to: string | null;
    description: string;
  }[];
  reporting: { primary: string; alternate: string; format: string };
  notes: string[];
  instructorNotes: string;
}

export interface Scenario {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  durationMs: number;
  seed: number;
  /** Minutes after midnight that offset 0 stands for. */
  startClockMin: number;
  conditions: ConditionsState;
  map: GridMap;
  post: { cell: Cell; name: string; observeRange: number };
  team: { id: string; name: string; cell: Cell }[];
  sectors: Sector[];
  briefing: Briefing;
  contacts: Contact[];
  injects: Inject[];
  objectives: Objective[];
  passMark: number;
  /**
   * The display texts as written in the file (`original`, which computed probe answers match) and their
   * translations by language; `localizeScenario` swaps them in. Absent on scenarios built without `normalize`.
   */
  i18n?: { original: ScenarioTexts; translations: Translations };
}

export type { Domain };
