/** The run's timeline: what happened and what the trainee did, in time order, with the gaps marked. */

import { truthAssessment } from '../../engine';
import type { EngineEvent } from '../../engine/types';
import { RULE_DEFAULTS } from '../../scenario/defaults';
import { clockAtSeconds } from '../../scenario/time';
import { nameContact, nameInject, span } from '../rules/context';
import { isFalseReport } from '../rules/false-reports';
import { accuracyOf } from '../rules/report';
import { type AarContext, cellAt } from './context';

/** late: done after its goal; missed: never done; wrong: done but not right. */
export type Gap = 'late' | 'missed' | 'wrong';

export interface TimelineRow {
  t: number;
  /** "HH:MM:SS" as the trainee's clock showed it. */
  clock: string;
  /** Who: the world (contacts, injects, comms) or the trainee (actions). */
  by: 'world' | 'trainee';
  kind: EngineEvent['type'] | 'never-marked' | 'never-acked';
  text: string;
  contact?: string;
  gap: Gap | null;
  /** Why the gap is marked, in plain words. */
  note?: string;
}

const WORLD_KINDS = new Set<string>([
  'contact-appeared',
  'contact-observable',
  'contact-left',
  'inject-fired',
  'comms-changed',
  'conditions-changed',
  'probe-frozen',
  'report-delivered',
  'report-not-delivered',
  'run-ended',
]);

function goalFor(ctx: AarContext, type: 'detect' | 'report' | 'acknowledge', id: string): number | null {
  for (const o of ctx.scenario.objectives) {
    const r = o.rule;
    if (r.type === 'detect' && type === 'detect' && r.contacts.includes(id)) return r.withinMs;
    if (r.type === 'report' && type === 'report' && r.contacts.includes(id)) return r.withinMs;
    if (r.type === 'acknowledge' && type === 'acknowledge' && r.injects.includes(id)) return r.withinMs;
  }
  return null;
}

/** The accuracy a report on this contact needs: its report objective's `minAccuracy`, else the format's default. */
function minAccuracyFor(ctx: AarContext, id: string | null): number {
  for (const o of ctx.scenario.objectives) {
    if (o.rule.type === 'report' && id !== null && o.rule.contacts.includes(id)) return o.rule.minAccuracy;
  }
  return RULE_DEFAULTS.reportMinAccuracy;
}

type Described = Omit<TimelineRow, 't' | 'clock' | 'by' | 'kind'> | null;

function lateness(latency: number, goal: number | null, what: string): Pick<TimelineRow, 'gap' | 'note'> {
  if (goal === null || latency <= goal) return { gap: null };
  return { gap: 'late', note: `${what} ${span(latency)} (goal ${span(goal)})` };
}

function describeContact(ctx: AarContext, e: EngineEvent): Described {
  if (e.type !== 'contact-appeared' && e.type !== 'contact-observable' && e.type !== 'contact-left') return null;
  const name = nameContact(ctx, e.contact);
  const cell = cellAt(ctx, e.contact, e.t);
  const at = cell ? ` at ${cell}` : '';
  if (e.type === 'contact-left') return { text: `${name} left the map`, contact: e.contact, gap: null };
  if (e.type === 'contact-appeared') return { text: `${name} appeared${at}`, contact: e.contact, gap: null };
  if (ctx.facts.observableAt.get(e.contact) !== e.t) return null;
  return { text: `${name} became observable${at}`, contact: e.contact, gap: null };
}

function describeTrack(ctx: AarContext, e: EngineEvent): Described {
  if (e.type === 'track-created') {
    if (e.contact === null) return { text: `Marked ${e.track} at ${e.cell}: nothing was there`, gap: 'wrong' };
    const seen = ctx.facts.observableAt.get(e.contact);
    const first = ctx.facts.markedAt.get(e.contact)?.track === e.track;
    const late = first && seen !== undefined ? lateness(e.t - seen, goalFor(ctx, 'detect', e.contact), 'marked') : {};
    return {
      text: `Marked ${e.track} at ${e.cell} on ${nameContact(ctx, e.contact)}`,
      contact: e.contact,
      gap: null,
      ...late,
    };
  }
  if (e.type !== 'track-classified') return null;
  const contact = e.contact === null ? undefined : ctx.scenario.contacts.find((c) => c.id === e.contact);
  const right = contact !== undefined && e.as === truthAssessment(contact);
  return {
    text: `Classified ${e.track} as ${e.as}`,
    contact: e.contact ?? undefined,
    gap: right ? null : 'wrong',
    note: right ? undefined : `it was ${contact ? nameContact(ctx, contact.id) : 'nothing'}`,
  };
}

function describeReport(ctx: AarContext, e: EngineEvent): Described {
  if (e.type === 'report-delivered' || e.type === 'report-not-delivered') {
    const ok = e.type === 'report-delivered';
    return {
      text: `Report ${e.index + 1} ${ok ? 'delivered' : 'not delivered'} on ${e.channel}`,
      contact: e.contact ?? undefined,
      gap: ok ? null : 'missed',
      note: ok ? undefined : `the ${e.channel} channel was down: resend on the other one`,
    };
  }
  if (e.type !== 'report-filed') return null;
  const fact = ctx.facts.filed.find((f) => f.index === e.index);
  const base = `Filed report ${e.index + 1} on ${e.track} (${e.channel})`;
  if (!fact || isFalseReport(ctx, fact)) {
    return { text: base, contact: e.contact ?? undefined, gap: 'wrong', note: 'nothing to report there' };
  }
  const acc = accuracyOf(fact);
  const wrong = (acc?.fields ?? []).filter((f) => f.credit < 1).map((f) => f.field);
  const marked = e.contact ? ctx.facts.markedAt.get(e.contact) : undefined;
  const first = ctx.facts.filed.find((f) => f.contact === e.contact)?.index === e.index;
  const late = first && marked && e.contact ? lateness(e.t - marked.t, goalFor(ctx, 'report', e.contact), 'filed') : {};
  const pct = acc ? `, ${Math.round(acc.accuracy * 100)}% accurate` : '';
  if (wrong.length > 0 && (acc?.accuracy ?? 0) < minAccuracyFor(ctx, e.contact)) {
    return {
      text: `${base}${pct}`,
      contact: e.contact ?? undefined,
      gap: 'wrong',
      note: `not right: ${wrong.join(', ')}`,
    };
  }
  return { text: `${base}${pct}`, contact: e.contact ?? undefined, gap: null, ...late };
}

function describeInject(ctx: AarContext, e: EngineEvent): Described {
  switch (e.type) {
    case 'inject-fired': {
      const inj = ctx.scenario.injects.find((i) => i.id === e.inject);
      if (!inj || inj.type === 'probe' || inj.type === 'comms' || inj.type === 'conditions') return null;
      const text =
        inj.type === 'message'
          ? `Message from ${inj.from}: ${inj.text}`
          : inj.type === 'end'
            ? `End: ${inj.text || 'the exercise ends'}`
            : `${nameInject(ctx, e.inject)}`;
      return { text, gap: null };
    }
    case 'message-acked': {
      const fired = ctx.facts.firedAt.get(e.inject) ?? e.t;
      return {
        text: `Acknowledged ${nameInject(ctx, e.inject)}`,
        ...lateness(e.t - fired, goalFor(ctx, 'acknowledge', e.inject), 'acknowledged after'),
      };
    }
    case 'probe-frozen':
      return { text: `Play froze for ${nameInject(ctx, e.probe)}`, gap: null };
    case 'probe-answered':
      return {
        text: `Answered ${nameInject(ctx, e.probe)}: ${e.correct === null ? 'not scored' : e.correct ? 'right' : 'wrong'}`,
        gap: e.correct === false ? 'wrong' : null,
      };
    case 'discussion-answered':
      return { text: `Answered ${nameInject(ctx, e.inject)}`, gap: null };
    default:
      return null;
  }
}

function describeSetting(ctx: AarContext, e: EngineEvent): Described {
  switch (e.type) {
    case 'comms-changed':
      return { text: `The ${e.channel} channel is ${e.status}`, gap: null };
    case 'conditions-changed':
      return {
        text: `Conditions: ${e.conditions.light}, ${e.conditions.visibility}, wind ${e.conditions.wind}`,
        gap: null,
      };
    case 'posture-changed':
      return { text: `Team posture set to ${e.posture}`, gap: null };
    case 'emissions-changed':
      return { text: `Emissions switched ${e.state}`, gap: null };
    case 'focus-changed':
      if (!e.sector) return { text: 'Focus cleared', gap: null };
      return {
        text: `Focused on the ${ctx.scenario.sectors.find((x) => x.id === e.sector)?.name ?? e.sector} sector`,
        gap: null,
      };
    case 'run-ended':
      return { text: e.reason === 'duration' ? 'Time is up' : 'The exercise ended', gap: null };
    default:
      return null;
  }
}

function missedRows(ctx: AarContext): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const clock = (t: number) => clockAtSeconds(ctx.scenario.startClockMin, t);
  for (const id of ctx.card.metrics.missedContacts) {
    const t = ctx.facts.observableAt.get(id) ?? 0;
    const cell = cellAt(ctx, id, t);
    const text = `${nameContact(ctx, id)}${cell ? ` at ${cell}` : ''} was never marked`;
    rows.push({ t, clock: clock(t), by: 'trainee', kind: 'never-marked', text, contact: id, gap: 'missed' });
  }
  for (const inj of ctx.scenario.injects) {
    const t = ctx.facts.firedAt.get(inj.id);
    if (inj.type !== 'message' || !inj.requiresAck || t === undefined || ctx.facts.ackedAt.has(inj.id)) continue;
    rows.push({
      t,
      clock: clock(t),
      by: 'trainee',
      kind: 'never-acked',
      text: `${nameInject(ctx, inj.id)} was never acknowledged`,
      gap: 'missed',
    });
  }
  return rows;
}

/** The timeline of a run: every event worth showing, plus rows for what was never done, in time order. */
export function buildTimeline(ctx: AarContext): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const e of ctx.state.log) {
    const d =
      describeContact(ctx, e) ??
      describeTrack(ctx, e) ??
      describeReport(ctx, e) ??
      describeInject(ctx, e) ??
      describeSetting(ctx, e);
    if (!d) continue;
    rows.push({
      t: e.t,
      clock: clockAtSeconds(ctx.scenario.startClockMin, e.t),
      by: WORLD_KINDS.has(e.type) ? 'world' : 'trainee',
      kind: e.type,
      ...d,
    });
  }
  const all = [...rows, ...missedRows(ctx)].map((r) => ({
    ...r,
    text: r.text.charAt(0).toUpperCase() + r.text.slice(1),
  }));
  return all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.t - b.r.t || a.i - b.i)
    .map(({ r }) => r);
}
