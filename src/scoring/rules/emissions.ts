/** emissions: personal devices switched off in time, and kept off. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import type { EmissionState } from '../../scenario/vocab';
import { valueAt } from '../facts';
import { clock, nameInject, type RuleContext, type RuleOutcome } from './context';

/** Score when emissions were off in time but switched on again later. */
export const EMISSIONS_NOT_KEPT = 50;
/** Score when emissions went off only after the deadline (and stayed off). */
export const EMISSIONS_LATE = 40;

/** Scores an emissions rule. */
export function scoreEmissions(rule: Extract<ScoredRule, { type: 'emissions' }>, ctx: RuleContext): RuleOutcome {
  let deadline: number;
  let from = 0;
  if (rule.afterInject) {
    const fired = ctx.facts.firedAt.get(rule.afterInject);
    if (fired === undefined) {
      return {
        score: null,
        evidence: [
          {
            text: t('scoring:emissions.neverOrdered', { what: nameInject(ctx, rule.afterInject) }),
            inject: rule.afterInject,
            credit: 0,
            unscored: true,
          },
        ],
      };
    }
    from = fired;
    deadline = fired + rule.withinMs;
  } else {
    deadline = rule.byMs ?? 0;
  }
  const changes = ctx.facts.emissions.map((e) => ({ t: e.t, value: e.state }));
  const atDeadline = valueAt<EmissionState>(changes, 'on', Math.min(deadline, ctx.facts.endMs));
  const onAgain = changes.find((c) => c.t > deadline && c.value === 'on');
  if (atDeadline === 'off') {
    if (onAgain) {
      return {
        score: EMISSIONS_NOT_KEPT,
        evidence: [
          {
            text: t('scoring:emissions.onAgain', { deadline: clock(ctx, deadline), clock: clock(ctx, onAgain.t) }),
            t: onAgain.t,
            credit: 0.5,
          },
        ],
      };
    }
    return {
      score: 100,
      evidence: [{ text: t('scoring:emissions.kept', { deadline: clock(ctx, deadline) }), t: deadline, credit: 1 }],
    };
  }
  const lateOff = changes.find((c) => c.t > deadline && c.value === 'off');
  if (lateOff && !changes.some((c) => c.t > lateOff.t && c.value === 'on')) {
    return {
      score: EMISSIONS_LATE,
      evidence: [
        {
          text: t('scoring:emissions.late', { clock: clock(ctx, lateOff.t), deadline: clock(ctx, deadline) }),
          t: lateOff.t,
          credit: 0.4,
        },
      ],
    };
  }
  const text = t('scoring:emissions.notOff', {
    deadline: clock(ctx, deadline),
    ordered: from > 0 ? 'yes' : 'no',
    clock: clock(ctx, from),
  });
  return {
    score: 0,
    evidence: [{ text, t: deadline, credit: 0 }],
  };
}
