/** report: each contact's first delivered report, on time and accurate enough. */
import type { ScoredRule } from '../../scenario/model';
import { type Accuracy, reportAccuracy } from '../accuracy';
import { deliveredReportsOn, type FiledFact } from '../facts';
import { meanScore, timeCredit } from '../rating';
import type { Evidence } from '../types';
import { clock, contactById, nameContact, type RuleContext, type RuleOutcome, span } from './context';

/** Whether the trainee had been able to see the contact's operator by time t. */
export function operatorSeenBy(ctx: RuleContext, contactId: string, t: number): boolean {
  const c = contactById(ctx, contactId);
  if (c?.domain !== 'air' || !c.operator) return false;
  const seen = ctx.facts.observableAt.get(c.operator);
  const marked = ctx.facts.markedAt.get(c.operator);
  return (seen !== undefined && seen <= t) || (marked !== undefined && marked.t <= t);
}

/** Accuracy of one filed report, or null for a report on an empty track. */
export function accuracyOf(ctx: RuleContext, filed: FiledFact): Accuracy | null {
  if (!filed.truth || !filed.contact) return null;
  return reportAccuracy(filed.report, filed.truth, operatorSeenBy(ctx, filed.contact, filed.t));
}

/** Scores a report rule. */
export function scoreReport(rule: Extract<ScoredRule, { type: 'report' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.contacts) {
    const name = nameContact(ctx, id);
    const mark = ctx.facts.markedAt.get(id);
    if (!mark && !ctx.facts.observableAt.has(id)) {
      evidence.push({ text: `${name} never came into view: not scored.`, contact: id, credit: 0 });
      continue;
    }
    const first = deliveredReportsOn(ctx.facts, id)[0];
    if (!first) {
      credits.push(0);
      const undelivered = ctx.facts.filed.find((r) => r.contact === id);
      const text = undelivered
        ? `${name}: a report was filed at ${clock(ctx, undelivered.t)} on the ${undelivered.channel} channel but never delivered (channel down).`
        : `${name} was never reported.`;
      evidence.push({ text, contact: id, credit: 0 });
      continue;
    }
    const from = mark?.t ?? first.t;
    const latency = (first.deliveredMs ?? first.t) - from;
    const timely = timeCredit(latency, rule.withinMs);
    const acc = accuracyOf(ctx, first);
    const accuracy = acc?.accuracy ?? 0;
    const accurate = rule.minAccuracy <= 0 ? 1 : Math.min(1, accuracy / rule.minAccuracy);
    const credit = timely * accurate;
    credits.push(credit);
    const wrong = (acc?.fields ?? [])
      .filter((f) => f.credit < 1)
      .map((f) => `${f.field} (said ${f.given}, was ${f.truth})`);
    const late = timely < 1 ? ` — late: goal ${span(rule.withinMs)}` : '';
    const fieldsText = wrong.length ? ` Not right: ${wrong.join('; ')}.` : ' Every field right.';
    evidence.push({
      text: `${name}: report delivered at ${clock(ctx, first.deliveredMs ?? first.t)} on ${first.channel}, ${span(latency)} after marking${late}; accuracy ${Math.round(accuracy * 100)}% (needed ${Math.round(rule.minAccuracy * 100)}%).${fieldsText}`,
      contact: id,
      t: first.deliveredMs ?? first.t,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
