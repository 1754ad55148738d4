/** report: each contact's first delivered report, on time and accurate enough. */
import type { ScoredRule } from '../../scenario/model';
import { type Accuracy, FIELD_NAME, reportAccuracy } from '../accuracy';
import { deliveredReportsOn, type FiledFact } from '../facts';
import { meanScore, timeCredit } from '../rating';
import type { Evidence } from '../types';
import { clock, nameContact, type RuleContext, type RuleOutcome, span } from './context';

/** Accuracy of one filed report against what could be observed, or null for a report on an empty track. */
export function accuracyOf(filed: FiledFact): Accuracy | null {
  if (!filed.truth || !filed.observed || !filed.contact) return null;
  return reportAccuracy(filed.report, filed.observed, filed.truth);
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
    const acc = accuracyOf(first);
    const accuracy = acc?.accuracy ?? 0;
    const accurate = rule.minAccuracy <= 0 ? 1 : Math.min(1, accuracy / rule.minAccuracy);
    const credit = timely * accurate;
    credits.push(credit);
    const wrong = (acc?.fields ?? [])
      .filter((f) => f.credit < 1)
      .map((f) => `${FIELD_NAME[f.field]} (said ${f.given}; could have said ${f.expected})`);
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
