/** The score card of a run: every objective scored and rated, the weighted overall, pass or fail. */
import { replay } from '../engine';
import type { State } from '../engine/types';
import { t } from '../i18n';
import type { Scenario } from '../scenario/model';
import type { ActionFile } from '../scenario/schema';
import { collectFacts } from './facts';
import { computeMetrics } from './metrics';
import { ratingFor, round1 } from './rating';
import { type RuleContext, type RuleOutcome, scoreRule } from './rules';
import type { ObjectiveResult, ScoreCard } from './types';

/** In a run that stopped at an unanswered probe, what never came up counts as not done. */
function stoppedOutcome(out: RuleOutcome, probe: string): RuleOutcome {
  if (out.score !== null) return out;
  return {
    score: 0,
    evidence: [...out.evidence, { text: t('scoring:stopped', { probe }), credit: 0 }],
  };
}

/** Scores a finished (or stopped) run from its final state; `stoppedAtProbe` names a probe left unanswered. */
export function score(scenario: Scenario, state: State, stoppedAtProbe: string | null = null): ScoreCard {
  const ctx: RuleContext = { scenario, state, facts: collectFacts(state.log, state.t) };
  const objectives: ObjectiveResult[] = scenario.objectives.map((o) => {
    const out = stoppedAtProbe ? stoppedOutcome(scoreRule(o.rule, ctx), stoppedAtProbe) : scoreRule(o.rule, ctx);
    return {
      id: o.id,
      capability: o.capability,
      rule: o.rule.type,
      text: o.text,
      weight: o.weight,
      score: out.score,
      rating: ratingFor(out.score),
      evidence: out.evidence,
    };
  });
  const counted = objectives.filter((o) => o.score !== null);
  const weights = counted.reduce((a, o) => a + o.weight, 0);
  const overall = weights > 0 ? round1(counted.reduce((a, o) => a + (o.score ?? 0) * o.weight, 0) / weights) : 0;
  return {
    scenario: scenario.id,
    seed: state.seed,
    overall,
    passMark: scenario.passMark,
    passed: overall >= scenario.passMark,
    objectives,
    metrics: computeMetrics(ctx),
    endedMs: state.t,
    stoppedAtProbe,
  };
}

/** Replays a run (seed + actions) and scores it: what the CLI and the debrief both use. */
export function scoreRun(
  scenario: Scenario,
  run: { seed?: number; actions: ActionFile[] },
): { card: ScoreCard; state: State; rejected: ReturnType<typeof replay>['rejected'] } {
  const result = replay(scenario, run);
  return { card: score(scenario, result.state, result.stoppedAtProbe), state: result.state, rejected: result.rejected };
}
