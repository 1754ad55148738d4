/** The run's timeline: what happened and what the trainee did, in time order, with the gaps marked. */

import { truthAssessment } from '../../engine';
import type { EngineEvent } from '../../engine/types';
import { t } from '../../i18n';
import { RULE_DEFAULTS } from '../../scenario/defaults';
import { clockAtSeconds } from '../../scenario/time';
import { nameContact, nameInject, span } from '../rules/context';
import { isFalseReport } from '../rules/false-reports';
import { accuracyOf } from '../rules/report';
import { word } from '../words';
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

/** What came late: marked, filed, acknowledged. */
type LateWhat = 'marked' | 'filed' | 'acknowledged';

function lateness(latency: number, goal: number | null, what: LateWhat): Pick<TimelineRow, 'gap' | 'note'> {
  if (goal === null || latency <= goal) return { gap: null };
  return { gap: 'late', note: t('scoring:timeline.late', { what, span: span(latency), goal: span(goal) }) };
}

function describeContact(ctx: AarContext, e: EngineEvent): Described {
  if (e.type !== 'contact-appeared' && e.type !== 'contact-observable' && e.type !== 'contact-left') return null;
  const name = nameContact(ctx, e.contact);
  const cell = cellAt(ctx, e.contact, e.t);
  if (e.type === 'contact-left') return { text: t('scoring:timeline.left', { name }), contact: e.contact, gap: null };
  if (e.type === 'contact-appeared') {
    const text = cell ? t('scoring:timeline.appearedAt', { name, cell }) : t('scoring:timeline.appeared', { name });
    return { text, contact: e.contact, gap: null };
  }
  if (ctx.facts.observableAt.get(e.contact) !== e.t) return null;
  const text = cell ? t('scoring:timeline.observableAt', { name, cell }) : t('scoring:timeline.observable', { name });
  return { text, contact: e.contact, gap: null };
}

function describeTrack(ctx: AarContext, e: EngineEvent): Described {
  if (e.type === 'track-created') {
    if (e.contact === null)
      return { text: t('scoring:timeline.markedEmpty', { track: e.track, cell: e.cell }), gap: 'wrong' };
    const seen = ctx.facts.observableAt.get(e.contact);
    const first = ctx.facts.markedAt.get(e.contact)?.track === e.track;
    const late = first && seen !== undefined ? lateness(e.t - seen, goalFor(ctx, 'detect', e.contact), 'marked') : {};
    return {
      text: t('scoring:timeline.marked', { track: e.track, cell: e.cell, name: nameContact(ctx, e.contact) }),
      contact: e.contact,
      gap: null,
      ...late,
    };
  }
  if (e.type !== 'track-classified') return null;
  const contact = e.contact === null ? undefined : ctx.scenario.contacts.find((c) => c.id === e.contact);
  const right = contact !== undefined && e.as === truthAssessment(contact);
  return {
    text: t('scoring:timeline.classified', { track: e.track, as: word('assessment', e.as) }),
    contact: e.contact ?? undefined,
    gap: right ? null : 'wrong',
    note: right
      ? undefined
      : contact
        ? t('scoring:timeline.itWas', { name: nameContact(ctx, contact.id) })
        : t('scoring:timeline.itWasNothing'),
  };
}

function describeReport(ctx: AarContext, e: EngineEvent): Described {
  if (e.type === 'report-delivered' || e.type === 'report-not-delivered') {
    const ok = e.type === 'report-delivered';
    return {
      text: t('scoring:timeline.delivery', {
        n: e.index + 1,
        ok: ok ? 'yes' : 'no',
        channel: word('channel', e.channel),
      }),
      contact: e.contact ?? undefined,
      gap: ok ? null : 'missed',
      note: ok ? undefined : t('scoring:timeline.channelDown', { channel: word('channel', e.channel) }),
    };
  }
  if (e.type !== 'report-filed') return null;
  const fact = ctx.facts.filed.find((f) => f.index === e.index);
  const base = t('scoring:timeline.filed', { n: e.index + 1, track: e.track, channel: word('channel', e.channel) });
  if (!fact || isFalseReport(ctx, fact)) {
    return { text: base, contact: e.contact ?? undefined, gap: 'wrong', note: t('scoring:timeline.nothingToReport') };
  }
  const acc = accuracyOf(fact);
  const wrong = (acc?.fields ?? []).filter((f) => f.credit < 1).map((f) => f.field);
  const marked = e.contact ? ctx.facts.markedAt.get(e.contact) : undefined;
  const first = ctx.facts.filed.find((f) => f.contact === e.contact)?.index === e.index;
  const late = first && marked && e.contact ? lateness(e.t - marked.t, goalFor(ctx, 'report', e.contact), 'filed') : {};
  const pct = acc ? t('scoring:timeline.accurate', { percent: Math.round(acc.accuracy * 100) }) : '';
  if (wrong.length > 0 && (acc?.accuracy ?? 0) < minAccuracyFor(ctx, e.contact)) {
    return {
      text: `${base}${pct}`,
      contact: e.contact ?? undefined,
      gap: 'wrong',
      note: t('scoring:timeline.notRight', { fields: wrong.join(', ') }),
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
          ? t('scoring:timeline.message', { from: inj.from, text: inj.text })
          : inj.type === 'end'
            ? t('scoring:timeline.end', { text: inj.text || t('scoring:timeline.exerciseEnds') })
            : `${nameInject(ctx, e.inject)}`;
      return { text, gap: null };
    }
    case 'message-acked': {
      const fired = ctx.facts.firedAt.get(e.inject) ?? e.t;
      return {
        text: t('scoring:timeline.acked', { what: nameInject(ctx, e.inject) }),
        ...lateness(e.t - fired, goalFor(ctx, 'acknowledge', e.inject), 'acknowledged'),
      };
    }
    case 'probe-frozen':
      return { text: t('scoring:timeline.froze', { what: nameInject(ctx, e.probe) }), gap: null };
    case 'probe-answered':
      return {
        text: t('scoring:timeline.answered', {
          what: nameInject(ctx, e.probe),
          result: e.correct === null ? 'unscored' : e.correct ? 'right' : 'wrong',
        }),
        gap: e.correct === false ? 'wrong' : null,
      };
    case 'discussion-answered':
      return { text: t('scoring:timeline.discussed', { what: nameInject(ctx, e.inject) }), gap: null };
    default:
      return null;
  }
}

function describeSetting(ctx: AarContext, e: EngineEvent): Described {
  switch (e.type) {
    case 'comms-changed':
      return {
        text: t('scoring:timeline.comms', { channel: word('channel', e.channel), status: word('status', e.status) }),
        gap: null,
      };
    case 'conditions-changed':
      return {
        text: t('scoring:timeline.conditions', {
          light: word('light', e.conditions.light),
          visibility: word('visibility', e.conditions.visibility),
          wind: word('wind', e.conditions.wind),
        }),
        gap: null,
      };
    case 'posture-changed':
      return { text: t('scoring:timeline.posture', { posture: word('posture', e.posture) }), gap: null };
    case 'emissions-changed':
      return { text: t('scoring:timeline.emissions', { state: word('emission', e.state) }), gap: null };
    case 'focus-changed':
      if (!e.sector) return { text: t('scoring:timeline.focusCleared'), gap: null };
      return {
        text: t('scoring:timeline.focus', {
          sector: ctx.scenario.sectors.find((x) => x.id === e.sector)?.name ?? e.sector,
        }),
        gap: null,
      };
    case 'run-ended':
      return { text: e.reason === 'duration' ? t('scoring:timeline.timeUp') : t('scoring:timeline.ended'), gap: null };
    default:
      return null;
  }
}

function missedRows(ctx: AarContext): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const clock = (ms: number) => clockAtSeconds(ctx.scenario.startClockMin, ms);
  for (const id of ctx.card.metrics.missedContacts) {
    const at = ctx.facts.observableAt.get(id) ?? 0;
    const cell = cellAt(ctx, id, at);
    const name = nameContact(ctx, id);
    const text = cell
      ? t('scoring:timeline.neverMarkedAt', { name, cell })
      : t('scoring:timeline.neverMarked', { name });
    rows.push({ t: at, clock: clock(at), by: 'trainee', kind: 'never-marked', text, contact: id, gap: 'missed' });
  }
  for (const inj of ctx.scenario.injects) {
    const at = ctx.facts.firedAt.get(inj.id);
    if (inj.type !== 'message' || !inj.requiresAck || at === undefined || ctx.facts.ackedAt.has(inj.id)) continue;
    rows.push({
      t: at,
      clock: clock(at),
      by: 'trainee',
      kind: 'never-acked',
      text: t('scoring:timeline.neverAcked', { what: nameInject(ctx, inj.id) }),
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
