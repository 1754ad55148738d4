/** alternateChannel: a report delivered on the alternate channel after the primary went down. */
import type { ScoredRule } from '../../scenario/model';
import { round1, timeCredit } from '../rating';
import { clock, nameInject, type RuleContext, type RuleOutcome, span } from './context';

/** Scores an alternateChannel rule. */
export function scoreAlternateChannel(
  rule: Extract<ScoredRule, { type: 'alternateChannel' }>,
  ctx: RuleContext,
): RuleOutcome {
  const fired = ctx.facts.firedAt.get(rule.afterInject);
  if (fired === undefined) {
    return {
      score: null,
      evidence: [
        {
          text: `The outage (${nameInject(ctx, rule.afterInject)}) never happened: not scored.`,
          inject: rule.afterInject,
          credit: 0,
        },
      ],
    };
  }
  const report = ctx.facts.filed
    .filter((r) => r.channel === 'alternate' && r.t >= fired && r.deliveredMs !== null)
    .sort((a, b) => (a.deliveredMs ?? 0) - (b.deliveredMs ?? 0))[0];
  if (!report || report.deliveredMs === null) {
    const tried = ctx.facts.filed.filter(
      (r) => r.channel === 'primary' && r.t >= fired && r.deliveredMs === null,
    ).length;
    const more = tried ? ` ${tried} report(s) were sent on the primary channel while it was down.` : '';
    return {
      score: 0,
      evidence: [
        {
          text: `No report went out on the alternate channel after ${clock(ctx, fired)}.${more}`,
          inject: rule.afterInject,
          credit: 0,
        },
      ],
    };
  }
  const latency = report.deliveredMs - fired;
  const credit = timeCredit(latency, rule.withinMs);
  const goal = credit < 1 ? ` (goal: within ${span(rule.withinMs)})` : '';
  return {
    score: round1(credit * 100),
    evidence: [
      {
        text: `Report delivered on the alternate channel at ${clock(ctx, report.deliveredMs)}, ${span(latency)} after the primary failed${goal}.`,
        inject: rule.afterInject,
        t: report.deliveredMs,
        credit,
      },
    ],
  };
}
