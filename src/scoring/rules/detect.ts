/** detect: time from a contact first being observable to the trainee marking it. */
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
      evidence.push({ text: `${name} never came into view: not scored.`, contact: id, credit: 0 });
      continue;
    }
    if (!mark) {
      credits.push(0);
      evidence.push({
        text: `${name} was observable from ${clock(ctx, seen ?? 0)} but never marked.`,
        contact: id,
        t: seen,
        credit: 0,
      });
      continue;
    }
    const latency = Math.max(0, mark.t - (seen ?? mark.t));
    const credit = timeCredit(latency, rule.withinMs);
    credits.push(credit);
    const when =
      seen === undefined || mark.t < seen
        ? 'while it was only a faint indication, before it came into full view'
        : `${span(latency)} after it was observable`;
    const goal = credit < 1 ? ` (goal: within ${span(rule.withinMs)})` : '';
    evidence.push({
      text: `${name} marked as ${mark.track} at ${clock(ctx, mark.t)}, ${when}${goal}.`,
      contact: id,
      t: mark.t,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
