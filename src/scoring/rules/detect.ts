/** detect: time from a contact first being observable to the trainee marking it. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { meanScore, timeCredit } from '../rating';
import type { Evidence } from '../types';
import { clock, nameContact, type RuleContext, type RuleOutcome, span } from './context';

/** Scores a detect rule. */
export function scoreDetect(rule: Extract<ScoredRule, { type: 'detect' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.contacts) {
    const name = nameContact(ctx, id);
    const seen = ctx.facts.observableAt.get(id);
    const mark = ctx.facts.markedAt.get(id);
    if (seen === undefined && mark === undefined) {
      evidence.push({ text: t('scoring:common.neverInView', { name }), contact: id, credit: 0, unscored: true });
      continue;
    }
    if (!mark) {
      credits.push(0);
      evidence.push({
        text: t('scoring:detect.neverMarked', { name, clock: clock(ctx, seen ?? 0) }),
        contact: id,
        t: seen,
        credit: 0,
      });
      continue;
    }
    const latency = Math.max(0, mark.t - (seen ?? mark.t));
    const credit = timeCredit(latency, rule.withinMs);
    credits.push(credit);
    evidence.push({
      text: t('scoring:detect.marked', {
        name,
        track: mark.track,
        clock: clock(ctx, mark.t),
        early: seen === undefined || mark.t < seen ? 'yes' : 'no',
        span: span(latency),
        late: credit < 1 ? 'yes' : 'no',
        goal: span(rule.withinMs),
      }),
      contact: id,
      t: mark.t,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
