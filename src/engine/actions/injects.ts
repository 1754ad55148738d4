/** Actions on injects: acknowledge a message, answer a probe, answer a discussion, fire an optional inject. */

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
  if (!found) return reject('unknown-inject', `there is no inject "${String(a.inject)}"`);
  const { inj } = found;
  if (inj.type !== 'message') return reject('not-a-message', `${inj.id} is not a message`);
  const mi = d.s.messages.findIndex((m) => m.inject === inj.id);
  if (mi < 0) return reject('not-fired', `message ${inj.id} has not arrived yet`);
  if (!inj.requiresAck) return reject('no-ack-needed', `message ${inj.id} does not ask for an acknowledgement`);
  if (d.s.messages[mi].ackedMs !== null) return reject('already-acked', `message ${inj.id} is already acknowledged`);
  d.s.messages[mi] = { ...d.s.messages[mi], ackedMs: d.s.t };
  emit(d, { type: 'message-acked', inject: inj.id });
  return null;
}

/** Answers the frozen probe, which unfreezes play. */
export function answer(d: Draft, a: Extract<Action, { type: 'answer' }>): Rejection | null {
  const s = d.s;
  if (s.frozenProbe === null || s.frozenProbe !== a.probe) {
    return reject('not-frozen', `probe "${String(a.probe)}" is not waiting for an answer`);
  }
  const found = injectOf(d, a.probe);
  if (found?.inj.type !== 'probe') return reject('not-a-probe', `${String(a.probe)} is not a probe`);
  const n = found.inj.choices.length;
  if (!Number.isInteger(a.choice) || a.choice < 0 || a.choice >= n) {
    return reject('bad-choice', `choose 0 to ${n - 1}`);
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
  if (!found) return reject('unknown-inject', `there is no inject "${String(a.inject)}"`);
  if (found.inj.type !== 'discussion') return reject('not-a-discussion', `${found.inj.id} is not a discussion`);
  if (!Object.hasOwn(d.s.fired, found.inj.id)) return reject('not-fired', `${found.inj.id} has not been asked yet`);
  if (typeof a.text !== 'string') return reject('bad-action', 'a discussion answer is text');
  setOwn(d.s.discussions, found.inj.id, { text: a.text, atMs: d.s.t });
  emit(d, { type: 'discussion-answered', inject: found.inj.id, text: a.text });
  return null;
}

/** The facilitator fires an optional inject by hand. */
export function fire(d: Draft, a: Extract<Action, { type: 'fire' }>): Rejection | null {
  const found = injectOf(d, a.inject);
  if (!found) return reject('unknown-inject', `there is no inject "${String(a.inject)}"`);
  if (!found.inj.optional) return reject('not-optional', `${found.inj.id} fires by its own trigger`);
  if (Object.hasOwn(d.s.fired, found.inj.id)) return reject('already-fired', `${found.inj.id} has already fired`);
  fireInject(d, found.k, true);
  return null;
}
