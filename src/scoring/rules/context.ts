/** What every rule gets to look at, and small helpers for plain-language evidence. */
import type { State } from '../../engine/types';
import { t } from '../../i18n';
import type { Contact, Scenario } from '../../scenario/model';
import { clockAt, formatOffset } from '../../scenario/time';
import type { RunFacts } from '../facts';
import type { Evidence } from '../types';
import { word } from '../words';

export interface RuleContext {
  scenario: Scenario;
  state: State;
  facts: RunFacts;
}

export interface RuleOutcome {
  /** 0–100, or null when the objective never came up. */
  score: number | null;
  evidence: Evidence[];
}

/** The contact with this id (rules only see ids that validation has checked). */
export function contactById(ctx: RuleContext, id: string): Contact | undefined {
  return ctx.scenario.contacts.find((c) => c.id === id);
}

/** A contact named for the debrief: its label or id, and what it really was. */
export function nameContact(ctx: RuleContext, id: string): string {
  const c = contactById(ctx, id);
  if (!c) return id;
  const what =
    c.domain === 'ground'
      ? t('scoring:contact.ground', { truth: word('groundTruth', c.truth), kind: word('kind', c.cues.kind) })
      : c.truth === 'bird'
        ? t('scoring:contact.birds', { count: c.cues.count })
        : t('scoring:contact.air', {
            truth: word('truth', c.truth),
            size: word('size', c.cues.size),
            type: word('type', c.cues.type),
          });
  return t('scoring:contact.name', { name: c.label || c.id, what });
}

function excerpt(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** An inject named for the debrief by what the trainee saw: a message's sender and opening words, a probe's question. */
export function nameInject(ctx: RuleContext, id: string): string {
  const inj = ctx.scenario.injects.find((i) => i.id === id);
  if (!inj) return id;
  switch (inj.type) {
    case 'message':
      return t('scoring:inject.message', { from: inj.from, excerpt: excerpt(inj.text) });
    case 'probe':
      return t('scoring:inject.probe', { excerpt: excerpt(inj.question, 10) });
    case 'comms':
      return t('scoring:inject.comms', { channel: word('channel', inj.channel), status: word('status', inj.status) });
    case 'discussion':
      return t('scoring:inject.discussion', { excerpt: excerpt(inj.question, 10) });
    default:
      return id;
  }
}

/** Clock time of a scenario moment, as the trainee saw it. */
export function clock(ctx: RuleContext, t: number): string {
  return clockAt(ctx.scenario.startClockMin, t);
}

/** A duration in m:ss for evidence ("1:45"). */
export function span(ms: number): string {
  return formatOffset(Math.max(0, ms));
}
