/** alternateChannel: a report delivered on the alternate channel after the primary went down. */

import { t } from '../../i18n';
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
          text: t('scoring:alternate.neverHappened', { what: nameInject(ctx, rule.afterInject) }),
          inject: rule.afterInject,
          credit: 0,
          unscored: true,
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
    return {
      score: 0,
      evidence: [
        {
          text: t('scoring:alternate.none', { clock: clock(ctx, fired), tried }),
          inject: rule.afterInject,
          credit: 0,
        },
      ],
    };
  }
  const latency = report.deliveredMs - fired;
  const credit = timeCredit(latency, rule.withinMs);
  return {
    score: round1(credit * 100),
    evidence: [
      {
        text: t('scoring:alternate.delivered', {
          clock: clock(ctx, report.deliveredMs),
          span: span(latency),
          late: credit < 1 ? 'yes' : 'no',
          goal: span(rule.withinMs),
        }),
        inject: rule.afterInject,
        t: report.deliveredMs,
        credit,
      },
    ],
  };
}
