/** Normalizing injects (triggers, type fields) and objectives (rules, selectors, windows). */

import { ms } from './convert';
import { DEFAULTS, MESSAGE_DEFAULTS, RULE_DEFAULTS } from './defaults';
import type { Contact, Inject, Objective, ScoredRule, Trigger } from './model';
import type { InjectFile, ObjectiveFile, Rule, When } from './schema';

function trigger(inject: InjectFile): Trigger | null {
  if (inject.at !== undefined) return { kind: 'at', atMs: ms(inject.at) };
  return inject.when ? whenTrigger(inject.when) : null;
}

function whenTrigger(when: When): Trigger {
  if ('contactWithin' in when) return { kind: 'contactWithin', ...when.contactWithin };
  if ('detected' in when) return { kind: 'detected', contact: when.detected };
  if ('reported' in when) return { kind: 'reported', contact: when.reported };
  if ('after' in when) return { kind: 'after', inject: when.after, delayMs: ms(when.delay ?? 0) };
  const nd = when.notDone;
  return {
    kind: 'notDone',
    action: nd.action,
    contact: nd.contact ?? null,
    inject: nd.inject ?? null,
    posture: nd.posture ?? null,
    byMs: ms(when.by),
  };
}

/** The engine's Inject for a validated inject. */
export function normalizeInject(file: InjectFile): Inject {
  const base = {
    id: file.id,
    trigger: trigger(file),
    optional: file.optional ?? false,
    expected: file.expected ?? '',
    objectives: file.objectives ?? [],
    controllerNotes: file.controllerNotes ?? '',
  };
  switch (file.type) {
    case 'message':
      return {
        ...base,
        type: 'message',
        from: file.from,
        text: file.text,
        channel: file.channel ?? MESSAGE_DEFAULTS.channel,
        requiresAck: file.requiresAck ?? MESSAGE_DEFAULTS.requiresAck,
      };
    case 'conditions':
      return { ...base, type: 'conditions', conditions: { ...file.conditions } };
    case 'comms':
      return { ...base, type: 'comms', channel: file.channel, status: file.status };
    case 'probe':
      return {
        ...base,
        type: 'probe',
        question: file.question,
        choices: file.choices,
        answer: file.answer ?? null,
        compute: file.compute ?? null,
        level: file.level,
      };
    case 'discussion':
      return { ...base, type: 'discussion', question: file.question };
    case 'end':
      return { ...base, type: 'end', text: file.text ?? '' };
  }
}

function select(selector: string[] | 'air' | 'ground' | 'all', contacts: Contact[]): string[] {
  if (Array.isArray(selector)) return selector;
  return contacts.filter((c) => selector === 'all' || c.domain === selector).map((c) => c.id);
}

const within = (value: number | string | undefined, fallbackSec: number) => ms(value ?? fallbackSec);

function rule(r: Rule, contacts: Contact[]): ScoredRule {
  switch (r.type) {
    case 'detect':
      return {
        type: 'detect',
        contacts: select(r.contacts, contacts),
        withinMs: within(r.withinSec, RULE_DEFAULTS.detectWithinSec),
      };
    case 'classify':
      return { type: 'classify', contacts: select(r.contacts, contacts) };
    case 'report':
      return {
        type: 'report',
        contacts: select(r.contacts, contacts),
        withinMs: within(r.withinSec, RULE_DEFAULTS.reportWithinSec),
        minAccuracy: r.minAccuracy ?? RULE_DEFAULTS.reportMinAccuracy,
      };
    case 'protect':
      return { type: 'protect', contact: r.contact, posture: r.posture, beforeWithinCells: r.beforeWithinCells };
    case 'emissions':
      return {
        type: 'emissions',
        state: 'off',
        byMs: r.bySec === undefined ? null : ms(r.bySec),
        afterInject: r.afterInject ?? null,
        withinMs: within(r.withinSec, RULE_DEFAULTS.emissionsWithinSec),
      };
    case 'alternateChannel':
      return {
        type: 'alternateChannel',
        afterInject: r.afterInject,
        withinMs: within(r.withinSec, RULE_DEFAULTS.alternateChannelWithinSec),
      };
    case 'acknowledge':
      return {
        type: 'acknowledge',
        injects: r.injects,
        withinMs: within(r.withinSec, RULE_DEFAULTS.acknowledgeWithinSec),
      };
    case 'probes':
      return { type: 'probes', minCorrect: r.minCorrect, level: r.level ?? null };
    case 'falseReports':
      return { type: 'falseReports', max: r.max };
    case 'operator':
      return { type: 'operator', contacts: select(r.contacts, contacts) };
    case 'marks':
      return { type: 'marks', maxExtra: r.maxExtra ?? 0 };
  }
}

/** The engine's Objective for a validated objective; contact selectors resolve against `contacts`. */
export function normalizeObjective(file: ObjectiveFile, contacts: Contact[]): Objective {
  return {
    id: file.id,
    capability: file.capability,
    text: file.text,
    brief: file.brief ?? file.text,
    weight: file.weight ?? DEFAULTS.weight,
    rule: rule(file.rule, contacts),
  };
}
