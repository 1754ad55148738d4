/**
 * The studio's playtest of a document text: its problems, the playability warnings only playing
 * shows, the four policies' scores, and the timeline of the perfect run. Pure; the worker runs it.
 */
import { checkScenario, type Problem } from '../../scenario';
import { playabilityWarnings } from '../../scoring/playability';
import { playPolicies } from '../../scoring/playtest';
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
  /** Playability warnings (empty when the text has errors, since then nothing can be played). */
  warnings: Problem[];
  /** The four policies in order perfect, observer, guesser, idle (empty when the text has errors). */
  scores: PolicyScore[];
  /** What happens in the perfect policy's run. */
  timeline: TimelineEntry[];
  /** Set when playing failed unexpectedly (a bug), with what was said. */
  failure: string | null;
}

/** Plays a scenario text with every built-in policy and collects what the studio shows. Never throws. */
export function playtestReport(text: string): PlaytestReport {
  const { scenario, file, problems } = checkScenario(text);
  const empty: PlaytestReport = { problems, warnings: [], scores: [], timeline: [], failure: null };
  if (!scenario || !file) return empty;
  try {
    const plays = playPolicies(scenario);
    const scores = plays.map(({ name, mustPass, fair, card }) => ({
      name,
      overall: card.overall,
      passMark: card.passMark,
      passed: card.passed,
      mustPass,
      fair,
      weak: mustPass
        ? card.objectives
            .filter((o) => o.rating !== 'P' && o.rating !== 'N/A')
            .map((o) => ({ id: o.id, rating: o.rating, score: o.score }))
        : [],
    }));
    const perfect = plays[0];
    return {
      problems,
      warnings: playabilityWarnings(scenario, file, text),
      scores,
      timeline: timeline(scenario, perfect.state),
      failure: null,
    };
  } catch (e) {
    return { ...empty, failure: e instanceof Error ? e.message : String(e) };
  }
}
