/** Strengths and areas for improvement, each tied to what happened in the run. */
import { clockAtSeconds } from '../../scenario/time';
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

/** Objectives performed without challenges, and fully credited items of the others. */
export function strengths(ctx: AarContext): Strength[] {
  const out: Strength[] = [];
  for (const o of ctx.card.objectives) {
    if (o.rating === 'P') {
      const best = o.evidence.find((e) => e.credit >= 1 && !NOT_SCORED.test(e.text));
      out.push({ objective: o.id, capability: o.capability, text: best ? `${o.text} — ${best.text}` : o.text });
    } else if (o.rating === 'S') {
      for (const e of o.evidence.filter((x) => x.credit >= 1)) {
        out.push({ objective: o.id, capability: o.capability, text: e.text });
      }
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
