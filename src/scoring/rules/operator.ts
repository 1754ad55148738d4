/** operator: the operator's cell given in a delivered report on each drone (the best of its reports). */
import type { ScoredRule } from '../../scenario/model';
import { cellCredit } from '../accuracy';
import { deliveredReportsOn } from '../facts';
import { meanScore } from '../rating';
import type { Evidence } from '../types';
import { contactById, nameContact, type RuleContext, type RuleOutcome } from './context';

/** Scores an operator rule. */
export function scoreOperator(rule: Extract<ScoredRule, { type: 'operator' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.contacts) {
    const c = contactById(ctx, id);
    const name = nameContact(ctx, id);
    if (c?.domain !== 'air' || !c.operator) continue;
    if (!ctx.facts.markedAt.has(id) && !ctx.facts.observableAt.has(id)) {
      evidence.push({ text: `${name} never came into view: not scored.`, contact: id, credit: 0 });
      continue;
    }
    const reports = deliveredReportsOn(ctx.facts, id);
    if (reports.length === 0) {
      credits.push(0);
      evidence.push({ text: `${name} was never reported, so its operator was not either.`, contact: id, credit: 0 });
      continue;
    }
    let best = { credit: 0, given: '—', truth: 'not-seen' };
    for (const r of reports) {
      const truth = r.truth?.operatorLocation ?? 'not-seen';
      const credit = truth === 'not-seen' ? 0 : cellCredit(r.report.operatorLocation, truth);
      if (credit >= best.credit) best = { credit, given: r.report.operatorLocation ?? '—', truth };
    }
    credits.push(best.credit);
    const text =
      best.credit === 1
        ? `${name}: operator reported at ${best.given}, correct.`
        : best.credit > 0
          ? `${name}: operator reported at ${best.given}, next to the true cell ${best.truth}.`
          : `${name}: operator location given as ${best.given}; the operator was at ${best.truth}.`;
    evidence.push({ text, contact: id, credit: best.credit });
  }
  return { score: meanScore(credits), evidence };
}
