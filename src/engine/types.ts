/**
 * The engine's data: state, actions, events, rejections. Everything here is plain,
 * JSON-serializable data; a JSON round-trip of a State changes nothing.
 */
import type { AirCues, ConditionsState, GroundCues } from '../scenario/model';
import type { ActionFile, Report } from '../scenario/schema';
import type {
  Activity,
  Assessment,
  CommsChannel,
  CommsStatus,
  Direction,
  EmissionState,
  LightMode,
  Payload,
  PerimeterSide,
  Posture,
  ReportType,
  Size,
} from '../scenario/vocab';

/** Scenario time advances in fixed ticks of this many milliseconds. */
export const TICK_MS = 250;

/** How well the trainee perceives a contact right now. */
export type Perception = 'none' | 'indication' | 'observable';

/** Cues of a contact that the trainee has seen (or heard) so far: a growing subset of its cues. */
export type SeenCues = Partial<AirCues> & Partial<GroundCues> & { activity?: Activity; direction?: Direction };

export interface ContactState {
  id: string;
  /** Scenario time at which this contact's path clock starts; null until its `start` inject fires. */
  clockStartMs: number | null;
  /** On the map now. */
  active: boolean;
  /** Has left the map after its last waypoint. */
  gone: boolean;
  /** Position in cell units (cell centres on integers). */
  x: number;
  y: number;
  activity: Activity;
  /** 8-point heading, or "stationary". */
  heading: Direction;
  perception: Perception;
  /** Approximate cell shown for an indication (jittered with the seeded PRNG), or null. */
  indicationCell: { c: number; r: number } | null;
  /** First time the contact was observable to the trainee, or null. */
  firstObservableMs: number | null;
  /** Closest it has come to the post so far, in cells; null until it has appeared. */
  closestCells: number | null;
  /** Label of the track on this contact ("T2"), or null while untracked. */
  track: string | null;
  /** Offset of the indication cell from the contact's cell, drawn on each none → indication change. */
  jitter: { dx: number; dy: number };
  /** Every cue the trainee could have read off this contact so far, marked or not: the fair answer key. */
  seen: SeenCues;
  /** First and last time the contact was perceived at all (indication or observable), or null. */
  firstPerceivedMs: number | null;
  lastPerceivedMs: number | null;
  /** Where it was last perceived: its position when last observable, else its last indication cell. */
  lastPerceivedAt: { x: number; y: number } | null;
  /** Last time it was observable, or null. */
  lastObservedMs: number | null;
}

export interface Track {
  /** "T1", "T2", … in order of marking. */
  label: string;
  /** Ground-truth contact behind the track, or null for a mark on an empty cell. Never shown to the trainee. */
  contact: string | null;
  createdMs: number;
  /** When its contact was first perceived (the mark time for a mark on an empty cell). */
  firstSeenMs: number;
  /** Dropped by the trainee: it no longer follows its contact and takes no classification or report. */
  dropped: boolean;
  /** Last known position (cell units). */
  x: number;
  y: number;
  /** Currently observable. */
  visible: boolean;
  lastSeenMs: number;
  classification: Assessment | null;
  cues: SeenCues;
}

export interface MessageState {
  inject: string;
  atMs: number;
  ackedMs: number | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'not-delivered';

export interface FiledReport {
  /** Index in State.reports. */
  index: number;
  filedMs: number;
  track: string;
  contact: string | null;
  channel: CommsChannel;
  report: Report;
  status: DeliveryStatus;
  /** When a pending report (degraded channel) will be delivered. */
  deliverAtMs: number | null;
  deliveredMs: number | null;
}

export interface State {
  scenarioId: string;
  seed: number;
  /** Scenario time, integer ms, always a multiple of TICK_MS. */
  t: number;
  /** PRNG state (uint32); every draw stores the next state here. */
  rng: number;
  ended: boolean;
  endReason: 'duration' | 'end-inject' | null;
  /** The probe waiting for an answer: play is frozen while set. */
  frozenProbe: string | null;
  conditions: ConditionsState;
  comms: Record<CommsChannel, CommsStatus>;
  posture: Posture;
  emissions: EmissionState;
  focus: string | null;
  contacts: ContactState[];
  tracks: Track[];
  /** Ids of fired injects with the time they fired. */
  fired: Record<string, number>;
  /** Contingency (`notDone`) injects whose action was done by their deadline, with that time: they never fire. */
  skipped: Record<string, number>;
  messages: MessageState[];
  reports: FiledReport[];
  /** Probe id → correct choice computed at the freeze (null: no choice matched the true answer). */
  probeTruth: Record<string, number | null>;
  answers: Record<string, { choice: number; atMs: number }>;
  discussions: Record<string, { text: string; atMs: number }>;
  log: EngineEvent[];
}

/** An action without its time: what `apply` takes (the action script's action, from its schema). */
export type Action = ActionFile extends infer A ? (A extends ActionFile ? Omit<A, 'at'> : never) : never;

/** Why an action was not applied. */
export type RejectionCode =
  | 'ended'
  | 'frozen'
  | 'not-frozen'
  | 'unknown-sector'
  | 'unknown-contact'
  | 'unknown-track'
  | 'unknown-inject'
  | 'not-observable'
  | 'already-tracked'
  | 'no-track'
  | 'bad-cell'
  | 'not-a-message'
  | 'not-fired'
  | 'already-acked'
  | 'no-ack-needed'
  | 'not-a-probe'
  | 'bad-choice'
  | 'not-a-discussion'
  | 'not-optional'
  | 'already-fired'
  | 'unchanged'
  | 'bad-target'
  | 'dropped'
  | 'bad-action';

export interface Rejection {
  rejected: RejectionCode;
  message: string;
  /** The trainee's track the action ran into (a mark on something already tracked), if any. */
  track?: string;
}

export type ApplyResult = { ok: true; state: State } | { ok: false; rejection: Rejection };

/** What `replay` takes: the seed (default: the scenario's) and the scripted actions. */
export interface RunInput {
  seed?: number;
  actions: ActionFile[];
}

/** What `replay` returns: the final state, the actions that were rejected, and the probe it stopped at. */
export interface ReplayResult {
  state: State;
  rejected: { index: number; action: ActionFile; rejection: Rejection }[];
  /** The probe that froze the run with no answer left in the script, or null. */
  stoppedAtProbe: string | null;
}

/** The ground-truth SALUTE for a contact at a moment: what a perfect report would say. */
export interface TruthReport {
  count: number;
  /** "unknown" for what is not a drone (a bird, a balloon, a ground contact). */
  type: ReportType;
  size: Size;
  activity: Activity;
  direction: Direction;
  location: string;
  perimeter: PerimeterSide;
  /** The operator's cell, or "not-seen" when there is no operator on the map. */
  operatorLocation: string;
  description: string;
  lights: LightMode;
  lightColor: string;
  timeFirstSeen: string;
  timeLastSeen: string;
  payload: Exclude<Payload, 'unknown'>;
  assessment: Assessment;
}

/**
 * What the trainee could have observed of a contact by a moment, field by field: the fair answer key.
 * null: that field was not observable by then, so "unknown" is the right answer.
 */
export type ObservedReport = { [K in keyof TruthReport]: TruthReport[K] | null };

/** Everything that happens, with its scenario time. Scoring and the debrief read these. */
export type EngineEvent = { t: number } & (
  | { type: 'run-started'; seed: number }
  | { type: 'contact-appeared'; contact: string }
  | { type: 'contact-indicated'; contact: string; cell: string }
  | { type: 'contact-observable'; contact: string }
  | { type: 'contact-lost'; contact: string }
  | { type: 'contact-left'; contact: string }
  | { type: 'track-created'; track: string; contact: string | null; cell: string }
  | { type: 'track-classified'; track: string; contact: string | null; as: Assessment }
  | { type: 'track-dropped'; track: string; contact: string | null }
  | {
      type: 'report-filed';
      index: number;
      track: string;
      contact: string | null;
      channel: CommsChannel;
      report: Report;
      /** Ground truth at filing time; null for an empty track. */
      truth: TruthReport | null;
      /** What the trainee could have observed of the contact by filing time; null for an empty track. */
      observed: ObservedReport | null;
    }
  | { type: 'report-delivered'; index: number; contact: string | null; channel: CommsChannel }
  | { type: 'report-not-delivered'; index: number; contact: string | null; channel: CommsChannel }
  | { type: 'inject-fired'; inject: string; manual: boolean }
  | { type: 'message-acked'; inject: string }
  | { type: 'conditions-changed'; conditions: ConditionsState }
  | { type: 'comms-changed'; channel: CommsChannel; status: CommsStatus }
  | { type: 'probe-frozen'; probe: string; correct: number | null }
  | { type: 'probe-answered'; probe: string; choice: number; correct: boolean | null }
  | { type: 'discussion-answered'; inject: string; text: string }
  | { type: 'posture-changed'; posture: Posture }
  | { type: 'emissions-changed'; state: EmissionState }
  | { type: 'focus-changed'; sector: string | null }
  | { type: 'run-ended'; reason: 'duration' | 'end-inject' }
);
export type EventType = EngineEvent['type'];
