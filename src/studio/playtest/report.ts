/**
 * The studio's playtest of a document text: its problems, the playability warnings only playing
 * shows, the four policies' scores, and the timeline of the perfect run. Pure; the worker runs it.
 */
import { checkScenario, type Problem } from '../../scenario';
import { playabilityWarnings } from '../../scoring/playability';
import { type PolicyPlay, playPolicies } from '../../scoring/playtest';
import type { PolicyName } from '../../scoring/policies';
import { type TimelineEntry, timeline } from '../../scoring/timeline';
import type { Rating } from '../../scoring/types';

/** One policy's result, as the studio shows it. */
export interface PolicyScore {
  name: PolicyName;
  /** 0–100. */
  overall: number;
  passMark: number;
  passed: boolean;
  /** Whether a fair scenario makes this policy pass. */
  mustPass: boolean;
  /** It passed exactly when it must. */
  fair: boolean;
  /** Objectives a policy that must pass did not perform fully: id, rating and score. */
  weak: { id: string; rating: Rating; score: number | null }[];
}

/** Everything the playtest says about one text. */
export interface PlaytestReport {
  /** Errors and static warnings (the same as `npm run validate`). */
  problems: Problem[];
  /** Playability warnings (empty when the text has errors, since then nothing can be played, and until `complete`). */
  warnings: Problem[];
  /** The four policies in order perfect, observer, guesser, idle (empty when the text has errors). */
  scores: PolicyScore[];
  /** What happens in the perfect policy's run. */
  timeline: TimelineEntry[];
  /** Set when playing failed unexpectedly (a bug), with what was said. */
  failure: string | null;
  /** False for the first part (problems, scores, timeline) while the playability warnings are still being played. */
  complete: boolean;
}

function scoreOf({ name, mustPass, fair, card }: PolicyPlay): PolicyScore {
  const weak = mustPass ? card.objectives.filter((o) => o.rating !== 'P' && o.rating !== 'N/A') : [];
  return {
    name,
    overall: card.overall,
    passMark: card.passMark,
    passed: card.passed,
    mustPass,
    fair,
    weak: weak.map((o) => ({ id: o.id, rating: o.rating, score: o.score })),
  };
}

const failed = (report: PlaytestReport, e: unknown): PlaytestReport => ({
  ...report,
  warnings: [],
  complete: true,
  failure: e instanceof Error ? e.message : String(e),
});

/** The first part of the playtest: problems, the four policies' scores and the perfect run's timeline. Never throws. */
export function playtestScores(text: string): PlaytestReport {
  const { scenario, problems } = checkScenario(text);
  const report: PlaytestReport = {
    problems,
    warnings: [],
    scores: [],
    timeline: [],
    failure: null,
    complete: !scenario,
  };
  if (!scenario) return report;
  try {
    const plays = playPolicies(scenario);
    return { ...report, scores: plays.map(scoreOf), timeline: timeline(scenario, plays[0].state) };
  } catch (e) {
    return failed(report, e);
  }
}

/** The whole playtest: `first` (the first part of the same text) completed with the playability warnings. Never throws. */
export function withWarnings(text: string, first: PlaytestReport): PlaytestReport {
  if (first.complete) return first;
  const { scenario, file } = checkScenario(text);
  if (!scenario || !file) return { ...first, complete: true };
  try {
    return { ...first, warnings: playabilityWarnings(scenario, file, text), complete: true };
  } catch (e) {
    return failed(first, e);
  }
}

/** Plays a scenario text with every built-in policy and the playability checks, and collects what the studio shows. Never throws. */
export function playtestReport(text: string): PlaytestReport {
  return withWarnings(text, playtestScores(text));
}
