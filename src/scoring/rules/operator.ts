/** operator: the operator's cell given in a delivered report on each drone (the best of its reports). */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { cellCredit } from '../accuracy';
import { deliveredReportsOn, type FiledFact } from '../facts';
import { meanScore } from '../rating';
import type { Evidence } from '../types';
import { contactById, nameContact, type RuleContext, type RuleOutcome } from './context';

/** Credit for the operator's cell in one report: against where it was last seen by then, or where it was. */
function operatorCredit(r: FiledFact): { credit: number; seen: string | null } {
  const seen = r.observed?.operatorLocation ?? null;
  if (seen === null) return { credit: 0, seen };
  const given = r.report.operatorLocation;
  const truth = r.truth?.operatorLocation ?? 'not-seen';
  return { credit: Math.max(cellCredit(given, seen), cellCredit(given, truth)), seen };
}

/** Scores an operator rule: only operators that came into view are scored. */
export function scoreOperator(rule: Extract<ScoredRule, { type: 'operator' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.contacts) {
    const c = contactById(ctx, id);
    const name = nameContact(ctx, id);
    if (c?.domain !== 'air' || !c.operator) continue;
    if (!ctx.facts.markedAt.has(id) && !ctx.facts.observableAt.has(id)) {
      evidence.push({ text: t('scoring:common.neverInView', { name }), contact: id, credit: 0, unscored: true });
      continue;
    }
    if (!ctx.facts.observableAt.has(c.operator)) {
      evidence.push({
        text: t('scoring:operator.neverInView', { name }),
        contact: id,
        credit: 0,
        unscored: true,
      });
      continue;
    }
    const reports = deliveredReportsOn(ctx.facts, id);
    if (reports.length === 0) {
      credits.push(0);
      evidence.push({ text: t('scoring:operator.neverReported', { name }), contact: id, credit: 0 });
      continue;
    }
    let best = { credit: 0, given: '—', seen: null as string | null };
    for (const r of reports) {
      const { credit, seen } = operatorCredit(r);
      if (credit >= best.credit) best = { credit, given: r.report.operatorLocation ?? '—', seen };
    }
    credits.push(best.credit);
    const text =
      best.credit === 1
        ? t('scoring:operator.right', { name, given: best.given })
        : best.credit > 0
          ? t('scoring:operator.near', { name, given: best.given, seen: best.seen ?? '—' })
          : best.seen === null
            ? t('scoring:operator.noCell', { name })
            : t('scoring:operator.wrong', { name, given: best.given, seen: best.seen });
    evidence.push({ text, contact: id, credit: best.credit });
  }
  return { score: meanScore(credits), evidence };
}
