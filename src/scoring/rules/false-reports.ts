/** falseReports: reports filed on birds, authorized flights or empty cells, up to a maximum. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import type { FiledFact } from '../facts';
import type { Evidence } from '../types';
import { clock, contactById, nameContact, type RuleContext, type RuleOutcome } from './context';

/** Points lost for each false report over the allowed maximum. */
export const FALSE_REPORT_PENALTY = 34;

/** Whether a filed report is a false report: on an empty track, a bird or an authorized flight. */
export function isFalseReport(ctx: RuleContext, r: FiledFact): boolean {
  if (r.contact === null) return true;
  const c = contactById(ctx, r.contact);
  return c?.domain === 'air' && (c.truth === 'bird' || c.truth === 'authorized');
}

/** Scores a falseReports rule. */
export function scoreFalseReports(rule: Extract<ScoredRule, { type: 'falseReports' }>, ctx: RuleContext): RuleOutcome {
  const falses = ctx.facts.filed.filter((r) => isFalseReport(ctx, r));
  const evidence: Evidence[] = falses.map((r) => ({
    text: r.contact
      ? t('scoring:falseReports.one', { track: r.track, clock: clock(ctx, r.t), name: nameContact(ctx, r.contact) })
      : t('scoring:falseReports.empty', { track: r.track, clock: clock(ctx, r.t) }),
    contact: r.contact ?? undefined,
    t: r.t,
    credit: 0,
  }));
  const over = Math.max(0, falses.length - rule.max);
  if (falses.length === 0) evidence.push({ text: t('scoring:falseReports.none'), credit: 1 });
  return { score: Math.max(0, 100 - FALSE_REPORT_PENALTY * over), evidence };
}
