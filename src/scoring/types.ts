/** The score card: what scoring produces from a scenario and a finished (or stopped) run. */
import type { Capability, RuleType } from '../scenario/vocab';

/** HSEEP-style rating: Performed without challenges, Some, Major, Unable; N/A when the objective never came up. */
export type Rating = 'P' | 'S' | 'M' | 'U' | 'N/A';

/** One piece of evidence behind an objective's score, in plain words plus the facts. */
export interface Evidence {
  /** Plain-language sentence for the debrief, e.g. "T2 (the drone at E4) marked 0:45 after it was observable". */
  text: string;
  /** Ground-truth contact concerned, if any. */
  contact?: string;
  /** Inject concerned, if any. */
  inject?: string;
  /** Scenario time (ms) the evidence is about, if any. */
  t?: number;
  /** 0–1 credit this item earned toward the objective. */
  credit: number;
  /** Set when the item never came up and is left out of the score ("…: not scored."). */
  unscored?: true;
}

export interface ObjectiveResult {
  id: string;
  capability: Capability;
  rule: RuleType;
  text: string;
  weight: number;
  /** 0–100, or null when the objective never came up (rating N/A; left out of the overall). */
  score: number | null;
  rating: Rating;
  evidence: Evidence[];
}

/** Per-field accuracy of delivered reports: field name → mean credit 0–1 and how many reports. */
export type FieldAccuracy = Record<string, { mean: number; n: number }>;

export interface Metrics {
  /** Contact id → ms from first observable to marked (null: never marked). */
  detectionLatencyMs: Record<string, number | null>;
  /** Contact id → ms from marked to first delivered report (null: never reported). */
  reportLatencyMs: Record<string, number | null>;
  fieldAccuracy: FieldAccuracy;
  /** truth → classification given ("unclassified" when none) → count of contacts. */
  confusion: Record<string, Record<string, number>>;
  falseReports: number;
  /** SA level "1" | "2" | "3" → probes answered correctly / scorable probes fired. */
  probesByLevel: Record<string, { correct: number; total: number }>;
  /** Air contacts that were observable but never marked. */
  missedContacts: string[];
}

export interface ScoreCard {
  scenario: string;
  seed: number;
  /** 0–100, one decimal: weight-averaged score of the objectives that came up. */
  overall: number;
  passMark: number;
  passed: boolean;
  objectives: ObjectiveResult[];
  metrics: Metrics;
  /** Scenario time (ms) at which the run ended or stopped. */
  endedMs: number;
  /** Set when the run stopped before its end (a probe never answered). */
  stoppedAtProbe: string | null;
}
