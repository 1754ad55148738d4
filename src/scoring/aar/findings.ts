/** Strengths and areas for improvement, each tied to what happened in the run. */
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

const NOT_SCORED = /not scored\.$/;

function detectSituation(ctx: AarContext, e: Evidence): string {
  const id = e.contact ?? '';
  const seen = ctx.facts.observableAt.get(id);
  const mark = ctx.facts.markedAt.get(id);
  const clock = (t: number) => clockAtSeconds(ctx.scenario.startClockMin, t);
  const cell = cellAt(ctx, id, seen ?? mark?.t ?? 0);
  const who = `${nameContact(ctx, id)}${cell ? ` at ${cell}` : ''}`;
  if (seen === undefined) return e.text;
  return mark
    ? `${who} was observable from ${clock(seen)} but marked at ${clock(mark.t)}.`
    : `${who} was observable from ${clock(seen)} but never marked.`;
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

/** A short summary of an objective of each rule performed without challenges. */
const DONE: Record<RuleType, string> = {
  detect: 'Marked every contact soon after it came into view',
  classify: 'Classified every contact correctly',
  report: 'Reported every drone on time, with the fields right',
  operator: 'Found the operator and reported where',
  protect: 'Protected the team in time',
  emissions: 'Switched devices off when ordered and kept them off',
  alternateChannel: 'Switched to the alternate channel in time when the primary failed',
  acknowledge: 'Acknowledged every message promptly',
  probes: 'Kept an accurate picture: answered the situation checks right',
  falseReports: 'Sent no false reports',
  marks: 'Marked each thing once, and nothing that was not there',
};

/** A short summary of one fully credited item, by rule, naming the contact or message. */
function itemSummary(ctx: AarContext, rule: RuleType, e: Evidence): string {
  const contact = e.contact ? ctx.scenario.contacts.find((c) => c.id === e.contact) : undefined;
  const name = contact ? contact.label || contact.id : '';
  const inj = e.inject ? ctx.scenario.injects.find((i) => i.id === e.inject) : undefined;
  if (name && rule === 'detect') return `Marked ${name} in time`;
  if (name && rule === 'classify') return `Classified ${name} correctly`;
  if (name && rule === 'report') return `Reported ${name} on time, with the fields right`;
  if (name && rule === 'operator') return `Found the operator of ${name}`;
  if (name && rule === 'protect') return `Protected the team in time from ${name}`;
  if (inj?.type === 'message' && rule === 'acknowledge') return `Acknowledged the message from ${inj.from} in time`;
  if (inj?.type === 'probe') return `Answered "${inj.question}" right`;
  return DONE[rule];
}

/** Objectives performed without challenges (one short summary each), and fully credited items of the others. */
export function strengths(ctx: AarContext): Strength[] {
  const out: Strength[] = [];
  for (const o of ctx.card.objectives) {
    if (o.rating === 'P') {
      out.push({ objective: o.id, capability: o.capability, text: DONE[o.rule] });
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
    const short = o.evidence.filter((e) => e.credit < 1 && !NOT_SCORED.test(e.text));
    const items = short.length > 0 ? short : [{ text: o.text, credit: 0 }];
    for (const e of items) out.push(improvementFor(ctx, o, e));
  }
  return out;
}
