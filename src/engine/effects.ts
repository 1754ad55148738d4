/** Firing an inject: log it, start the contacts it starts, apply its effect. And ending the run. */

import { setOwn } from '../scenario/own';
import { focusMaskOf, updateContact } from './contacts';
import { contactW, type Draft, emit } from './draft';
import { probeTruth } from './probes';

/** Ends the run (once) and logs `run-ended`. */
export function endRun(d: Draft, reason: 'duration' | 'end-inject'): void {
  if (d.s.ended) return;
  d.s.ended = true;
  d.s.endReason = reason;
  emit(d, { type: 'run-ended', reason });
}

/** Fires inject number k now: by its trigger (manual false) or by the facilitator (manual true). */
export function fireInject(d: Draft, k: number, manual: boolean): void {
  const inj = d.sc.injects[k];
  const s = d.s;
  setOwn(s.fired, inj.id, s.t);
  emit(d, { type: 'inject-fired', inject: inj.id, manual });
  for (const i of d.p.startedBy.get(inj.id) ?? []) {
    if (s.contacts[i].clockStartMs !== null) continue;
    contactW(d, i).clockStartMs = s.t;
    updateContact(d, i, focusMaskOf(d));
  }
  switch (inj.type) {
    case 'message':
      s.messages.push({ inject: inj.id, atMs: s.t, ackedMs: null });
      return;
    case 'conditions':
      s.conditions = { ...s.conditions, ...inj.conditions };
      emit(d, { type: 'conditions-changed', conditions: { ...s.conditions } });
      return;
    case 'comms':
      s.comms[inj.channel] = inj.status;
      emit(d, { type: 'comms-changed', channel: inj.channel, status: inj.status });
      return;
    case 'probe': {
      const correct = probeTruth(d, inj);
      s.frozenProbe = inj.id;
      setOwn(s.probeTruth, inj.id, correct);
      emit(d, { type: 'probe-frozen', probe: inj.id, correct });
      return;
    }
    case 'discussion':
      return;
    case 'end':
      endRun(d, 'end-inject');
      return;
  }
}
