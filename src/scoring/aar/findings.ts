/** Strengths and areas for improvement, each tied to what happened in the run. */
import { t } from '../../i18n';
import { clockAtSeconds } from '../../scenario/time';
import type { RuleType } from '../../scenario/vocab';
import { nameContact } from '../rules/context';
import type { Evidence, ObjectiveResult } from '../types';
import { type AarContext, cellAt, sectorOf } from './context';
import { suggestionFor } from './suggest';

export interface Strength {
  objective: string;
  capability: string;
  text: string;
}

export interface Improvement {
  objective: string;
  capability: string;
  rating: ObjectiveResult['rating'];
  /** What happened, with times and places. */
  what: string;
  /** What to do next time. */
  suggestion: string;
  contact?: string;
  t?: number;
}

function detectSituation(ctx: AarContext, e: Evidence): string {
  const id = e.contact ?? '';
  const seen = ctx.facts.observableAt.get(id);
  const mark = ctx.facts.markedAt.get(id);
  const clock = (ms: number) => clockAtSeconds(ctx.scenario.startClockMin, ms);
  const cell = cellAt(ctx, id, seen ?? mark?.t ?? 0);
  const who = cell ? t('scoring:aar.contactAt', { name: nameContact(ctx, id), cell }) : nameContact(ctx, id);
  if (seen === undefined) return e.text;
  return mark
    ? t('scoring:aar.markedLate', { who, seen: clock(seen), marked: clock(mark.t) })
    : t('scoring:aar.neverMarked', { who, seen: clock(seen) });
}

function improvementFor(ctx: AarContext, o: ObjectiveResult, e: Evidence): Improvement {
  const objective = ctx.scenario.objectives.find((x) => x.id === o.id);
  const contact = e.contact ? ctx.scenario.contacts.find((c) => c.id === e.contact) : undefined;
  const where = e.contact ? cellAt(ctx, e.contact, ctx.facts.observableAt.get(e.contact) ?? e.t ?? 0) : null;
  const what = o.rule === 'detect' && e.contact ? detectSituation(ctx, e) : e.text;
  return {
    objective: o.id,
    capability: o.capability,
    rating: o.rating,
    what,
    suggestion: objective ? suggestionFor(objective.rule, contact, sectorOf(ctx.scenario, where)) : '',
    contact: e.contact,
    t: e.t,
  };
}

/** A short summary of an objective of this rule performed without challenges. */
function done(rule: RuleType): string {
  switch (rule) {
    case 'detect':
      return t('scoring:done.detect');
    case 'classify':
      return t('scoring:done.classify');
    case 'report':
      return t('scoring:done.report');
    case 'operator':
      return t('scoring:done.operator');
    case 'protect':
      return t('scoring:done.protect');
    case 'emissions':
      return t('scoring:done.emissions');
    case 'alternateChannel':
      return t('scoring:done.alternateChannel');
    case 'acknowledge':
      return t('scoring:done.acknowledge');
    case 'probes':
      return t('scoring:done.probes');
    case 'falseReports':
      return t('scoring:done.falseReports');
    case 'marks':
      return t('scoring:done.marks');
  }
}

/** A short summary of one fully credited item, by rule, naming the contact or message. */
function itemSummary(ctx: AarContext, rule: RuleType, e: Evidence): string {
  const contact = e.contact ? ctx.scenario.contacts.find((c) => c.id === e.contact) : undefined;
  const name = contact ? contact.label || contact.id : '';
  const inj = e.inject ? ctx.scenario.injects.find((i) => i.id === e.inject) : undefined;
  if (name && rule === 'detect') return t('scoring:item.detect', { name });
  if (name && rule === 'classify') return t('scoring:item.classify', { name });
  if (name && rule === 'report') return t('scoring:item.report', { name });
  if (name && rule === 'operator') return t('scoring:item.operator', { name });
  if (name && rule === 'protect') return t('scoring:item.protect', { name });
  if (inj?.type === 'message' && rule === 'acknowledge') return t('scoring:item.acknowledge', { from: inj.from });
  if (inj?.type === 'probe') return t('scoring:item.probe', { question: inj.question });
  return done(rule);
}

/** Objectives performed without challenges (one short summary each), and fully credited items of the others. */
export function strengths(ctx: AarContext): Strength[] {
  const out: Strength[] = [];
  for (const o of ctx.card.objectives) {
    if (o.rating === 'P') {
      out.push({ objective: o.id, capability: o.capability, text: done(o.rule) });
    } else if (o.rating === 'S') {
      const texts = o.evidence.filter((x) => x.credit >= 1).map((e) => itemSummary(ctx, o.rule, e));
      for (const text of new Set(texts)) out.push({ objective: o.id, capability: o.capability, text });
    }
  }
  return out;
}

/** One area for improvement per shortfall (an evidence item short of full credit) on an objective below P. */
export function improvements(ctx: AarContext): Improvement[] {
  const out: Improvement[] = [];
  for (const o of ctx.card.objectives) {
    if (o.rating === 'P' || o.rating === 'N/A') continue;
    const short = o.evidence.filter((e) => e.credit < 1 && !e.unscored);
    const items = short.length > 0 ? short : [{ text: o.text, credit: 0 }];
    for (const e of items) out.push(improvementFor(ctx, o, e));
  }
  return out;
}
