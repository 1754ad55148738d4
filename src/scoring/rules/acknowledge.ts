/** acknowledge: messages that need an acknowledgement acknowledged in time. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { meanScore } from '../rating';
import type { Evidence } from '../types';
import { clock, nameInject, type RuleContext, type RuleOutcome, span } from './context';

/** Credit for an acknowledgement that came, but late. */
export const LATE_ACK_CREDIT = 0.5;

function upper(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Scores an acknowledge rule. */
export function scoreAcknowledge(rule: Extract<ScoredRule, { type: 'acknowledge' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.injects) {
    const fired = ctx.facts.firedAt.get(id);
    if (fired === undefined) {
      evidence.push({
        text: t('scoring:ack.neverCame', { what: upper(nameInject(ctx, id)) }),
        inject: id,
        credit: 0,
        unscored: true,
      });
      continue;
    }
    const acked = ctx.facts.ackedAt.get(id);
    if (acked === undefined) {
      credits.push(0);
      evidence.push({
        text: t('scoring:ack.never', { what: upper(nameInject(ctx, id)), clock: clock(ctx, fired) }),
        inject: id,
        t: fired,
        credit: 0,
      });
      continue;
    }
    const late = acked - fired > rule.withinMs;
    const credit = late ? LATE_ACK_CREDIT : 1;
    credits.push(credit);
    evidence.push({
      text: t('scoring:ack.done', {
        what: upper(nameInject(ctx, id)),
        span: span(acked - fired),
        late: late ? 'yes' : 'no',
        goal: span(rule.withinMs),
      }),
      inject: id,
      t: acked,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
