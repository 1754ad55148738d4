/** acknowledge: messages that need an acknowledgement acknowledged in time. */
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
      evidence.push({ text: `${upper(nameInject(ctx, id))} never came: not scored.`, inject: id, credit: 0 });
      continue;
    }
    const acked = ctx.facts.ackedAt.get(id);
    if (acked === undefined) {
      credits.push(0);
      evidence.push({
        text: `${upper(nameInject(ctx, id))} at ${clock(ctx, fired)} was never acknowledged.`,
        inject: id,
        t: fired,
        credit: 0,
      });
      continue;
    }
    const late = acked - fired > rule.withinMs;
    const credit = late ? LATE_ACK_CREDIT : 1;
    credits.push(credit);
    const goal = late ? ` — late, goal ${span(rule.withinMs)}` : '';
    evidence.push({
      text: `${upper(nameInject(ctx, id))} was acknowledged ${span(acked - fired)} after it came${goal}.`,
      inject: id,
      t: acked,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
