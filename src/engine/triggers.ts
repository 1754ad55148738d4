/** Inject triggers: which injects fire now, fired in scenario order until nothing more fires. */
import type { Trigger } from '../scenario/model';
import { ownValue, setOwn } from '../scenario/own';
import type { NotDoneAction, Posture } from '../scenario/vocab';
import type { Draft } from './draft';
import { endRun, fireInject } from './effects';

const POSTURE_RANK: Record<Posture, number> = { normal: 0, alert: 1, cover: 2 };

/** Fires every inject whose trigger holds (repeating, so chains fire at once), then ends the run at its duration. */
export function settle(d: Draft): void {
  const s = d.s;
  const injects = d.sc.injects;
  let again = true;
  while (again) {
    again = false;
    for (let k = 0; k < injects.length; k++) {
      if (s.ended || s.frozenProbe !== null) return;
      const inj = injects[k];
      if (inj.optional || inj.trigger === null) continue;
      if (Object.hasOwn(s.fired, inj.id) || Object.hasOwn(s.skipped, inj.id)) continue;
      const verdict = check(d, inj.trigger);
      if (verdict === 'skip') setOwn(s.skipped, inj.id, s.t);
      else if (verdict) {
        fireInject(d, k, false);
        again = true;
      }
    }
  }
  if (s.frozenProbe === null && s.t >= d.sc.durationMs) endRun(d, 'duration');
}

/** true: fire now; false: not yet; 'skip': a contingency whose action was done in time, never fires. */
function check(d: Draft, trigger: Trigger): boolean | 'skip' {
  const s = d.s;
  switch (trigger.kind) {
    case 'at':
      return s.t >= trigger.atMs;
    case 'contactWithin': {
      const i = d.p.contactIndex.get(trigger.contact);
      const cs = i === undefined ? null : s.contacts[i];
      return cs?.active === true && Math.hypot(cs.x - d.p.postX, cs.y - d.p.postY) <= trigger.cells;
    }
    case 'detected':
      return isDone(d, 'mark', trigger.contact, null, null);
    case 'reported':
      return isDone(d, 'report', trigger.contact, null, null);
    case 'after': {
      const at = ownValue(s.fired, trigger.inject);
      return at !== undefined && s.t >= at + trigger.delayMs;
    }
    case 'notDone':
      if (s.t < trigger.byMs) return false;
      return isDone(d, trigger.action, trigger.contact, trigger.inject, trigger.posture) ? 'skip' : true;
  }
}

/** Whether the trainee has done an action (null contact: on any contact). */
export function isDone(
  d: Draft,
  action: NotDoneAction,
  contact: string | null,
  inject: string | null,
  posture: Posture | null,
): boolean {
  const s = d.s;
  const onIt = (c: string | null) => c !== null && (contact === null || c === contact);
  switch (action) {
    case 'report':
      return s.reports.some((r) => r.status === 'delivered' && onIt(r.contact));
    case 'mark':
      return s.tracks.some((t) => onIt(t.contact));
    case 'classify':
      return s.tracks.some((t) => t.classification !== null && onIt(t.contact));
    case 'ack':
      return s.messages.some((m) => m.ackedMs !== null && (inject === null || m.inject === inject));
    case 'posture':
      return POSTURE_RANK[s.posture] >= POSTURE_RANK[posture ?? 'alert'];
    case 'emissions':
      return s.emissions === 'off';
  }
}
