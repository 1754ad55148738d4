/** probes: the share of SAGAT freeze probes answered correctly, optionally of one SA level. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { round1 } from '../rating';
import type { Evidence } from '../types';
import { clock, nameInject, type RuleContext, type RuleOutcome } from './context';

/** SA level of a probe inject, or null when the id is not a probe. */
function levelOf(ctx: RuleContext, probe: string): number | null {
  const inj = ctx.scenario.injects.find((i) => i.id === probe);
  return inj?.type === 'probe' ? inj.level : null;
}

/** Scores a probes rule. */
export function scoreProbes(rule: Extract<ScoredRule, { type: 'probes' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  let total = 0;
  let right = 0;
  for (const p of ctx.facts.probes) {
    if (rule.level !== null && levelOf(ctx, p.probe) !== rule.level) continue;
    if (p.correct === null) {
      evidence.push({
        text: t('scoring:probes.unscorable', { clock: clock(ctx, p.t), what: nameInject(ctx, p.probe) }),
        inject: p.probe,
        credit: 0,
        unscored: true,
      });
      continue;
    }
    total++;
    const ok = p.answer?.correct === true;
    if (ok) right++;
    const text = !p.answer
      ? t('scoring:probes.unanswered', { clock: clock(ctx, p.t), what: nameInject(ctx, p.probe) })
      : t('scoring:probes.answered', {
          clock: clock(ctx, p.t),
          what: nameInject(ctx, p.probe),
          right: ok ? 'yes' : 'no',
        });
    evidence.push({ text, inject: p.probe, t: p.t, credit: ok ? 1 : 0 });
  }
  if (total === 0) return { score: null, evidence };
  const share = right / total;
  const score = rule.minCorrect <= 0 ? 100 : Math.min(1, share / rule.minCorrect) * 100;
  evidence.push({
    text: t('scoring:probes.total', {
      right,
      total,
      percent: Math.round(share * 100),
      needed: Math.round(rule.minCorrect * 100),
    }),
    credit: share,
  });
  return { score: round1(score), evidence };
}
