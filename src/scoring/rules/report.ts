/** report: each contact's first delivered report, on time and accurate enough. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { type Accuracy, FIELD_NAME, reportAccuracy } from '../accuracy';
import { deliveredReportsOn, type FiledFact } from '../facts';
import { meanScore, timeCredit } from '../rating';
import type { Evidence } from '../types';
import { word } from '../words';
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
      evidence.push({ text: t('scoring:common.neverInView', { name }), contact: id, credit: 0, unscored: true });
      continue;
    }
    const first = deliveredReportsOn(ctx.facts, id)[0];
    if (!first) {
      credits.push(0);
      const undelivered = ctx.facts.filed.find((r) => r.contact === id);
      const text = undelivered
        ? t('scoring:report.undelivered', {
            name,
            clock: clock(ctx, undelivered.t),
            channel: word('channel', undelivered.channel),
          })
        : t('scoring:report.never', { name });
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
      .map((f) => t('scoring:report.field', { field: FIELD_NAME[f.field], given: f.given, expected: f.expected }));
    const delivered = t('scoring:report.delivered', {
      name,
      clock: clock(ctx, first.deliveredMs ?? first.t),
      channel: word('channel', first.channel),
      span: span(latency),
      late: timely < 1 ? 'yes' : 'no',
      goal: span(rule.withinMs),
      accuracy: Math.round(accuracy * 100),
      needed: Math.round(rule.minAccuracy * 100),
    });
    const fieldsText = wrong.length
      ? t('scoring:report.notRight', { fields: wrong.join('; ') })
      : t('scoring:report.allRight');
    evidence.push({
      text: `${delivered} ${fieldsText}`,
      contact: id,
      t: first.deliveredMs ?? first.t,
      credit,
    });
  }
  return { score: meanScore(credits), evidence };
}
