/** Actions on injects: acknowledge a message, answer a probe, answer a discussion, fire an optional inject. */

import { t } from '../../i18n';
import { ownValue, setOwn } from '../../scenario/own';
import { type Draft, emit } from '../draft';
import { fireInject } from '../effects';
import type { Action, Rejection } from '../types';
import { reject } from './reject';

function injectOf(d: Draft, id: unknown) {
  const k = typeof id === 'string' ? d.p.injectIndex.get(id) : undefined;
  return k === undefined ? null : { k, inj: d.sc.injects[k] };
}

/** Acknowledges a fired message that asks for it. */
export function ack(d: Draft, a: Extract<Action, { type: 'ack' }>): Rejection | null {
  const found = injectOf(d, a.inject);
  if (!found) return reject('unknown-inject', t('engine:injects.unknown', { inject: String(a.inject) }));
  const { inj } = found;
  if (inj.type !== 'message') return reject('not-a-message', t('engine:injects.notMessage', { inject: inj.id }));
  const mi = d.s.messages.findIndex((m) => m.inject === inj.id);
  if (mi < 0) return reject('not-fired', t('engine:injects.notArrived', { inject: inj.id }));
  if (!inj.requiresAck) return reject('no-ack-needed', t('engine:injects.noAckNeeded', { inject: inj.id }));
  if (d.s.messages[mi].ackedMs !== null)
    return reject('already-acked', t('engine:injects.alreadyAcked', { inject: inj.id }));
  d.s.messages[mi] = { ...d.s.messages[mi], ackedMs: d.s.t };
  emit(d, { type: 'message-acked', inject: inj.id });
  return null;
}

/** Answers the frozen probe, which unfreezes play. */
export function answer(d: Draft, a: Extract<Action, { type: 'answer' }>): Rejection | null {
  const s = d.s;
  if (s.frozenProbe === null || s.frozenProbe !== a.probe) {
    return reject('not-frozen', t('engine:injects.notFrozen', { probe: String(a.probe) }));
  }
  const found = injectOf(d, a.probe);
  if (found?.inj.type !== 'probe')
    return reject('not-a-probe', t('engine:injects.notProbe', { probe: String(a.probe) }));
  const n = found.inj.choices.length;
  if (!Number.isInteger(a.choice) || a.choice < 0 || a.choice >= n) {
    return reject('bad-choice', t('engine:injects.badChoice', { last: n - 1 }));
  }
  const truth = ownValue(s.probeTruth, a.probe) ?? null;
  s.frozenProbe = null;
  setOwn(s.answers, a.probe, { choice: a.choice, atMs: s.t });
  emit(d, {
    type: 'probe-answered',
    probe: a.probe,
    choice: a.choice,
    correct: truth === null ? null : a.choice === truth,
  });
  return null;
}

/** Keeps the trainee's free-text answer to a fired discussion prompt (a later answer replaces it). */
export function discuss(d: Draft, a: Extract<Action, { type: 'discuss' }>): Rejection | null {
  const found = injectOf(d, a.inject);
  if (!found) return reject('unknown-inject', t('engine:injects.unknown', { inject: String(a.inject) }));
  if (found.inj.type !== 'discussion')
    return reject('not-a-discussion', t('engine:injects.notDiscussion', { inject: found.inj.id }));
  if (!Object.hasOwn(d.s.fired, found.inj.id))
    return reject('not-fired', t('engine:injects.notAsked', { inject: found.inj.id }));
  if (typeof a.text !== 'string') return reject('bad-action', t('engine:injects.discussionText'));
  setOwn(d.s.discussions, found.inj.id, { text: a.text, atMs: d.s.t });
  emit(d, { type: 'discussion-answered', inject: found.inj.id, text: a.text });
  return null;
}

/** The facilitator fires an optional inject by hand. */
export function fire(d: Draft, a: Extract<Action, { type: 'fire' }>): Rejection | null {
  const found = injectOf(d, a.inject);
  if (!found) return reject('unknown-inject', t('engine:injects.unknown', { inject: String(a.inject) }));
  if (!found.inj.optional) return reject('not-optional', t('engine:injects.notOptional', { inject: found.inj.id }));
  if (Object.hasOwn(d.s.fired, found.inj.id))
    return reject('already-fired', t('engine:injects.alreadyFired', { inject: found.inj.id }));
  fireInject(d, found.k, true);
  return null;
}
