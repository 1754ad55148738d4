/**
 * The perfect policy: an oracle trainee that knows the ground truth. It marks every contact as soon
 * as it can be perceived, classifies it rightly, reports every threat on a working channel with
 * exactly what could be observed of it by then ("unknown" for the rest), reports again once the
 * operator has been seen, acknowledges messages, takes the posture protect objectives ask for when the contact
 * appears, switches emissions off, answers probes right and answers discussions.
 */
import { observedReport, truthAssessment } from '../../engine';
import type { Action, State } from '../../engine/types';
import type { Contact, Scenario } from '../../scenario/model';
import { type CommsChannel, POSTURES, type Posture } from '../../scenario/vocab';
import { saysUnknown } from '../accuracy';
import { asReport } from './asReport';
import type { Policy } from './policy';

const REPORTABLE = new Set(['air:hobbyist', 'air:suspicious', 'air:hazard', 'ground:operator', 'ground:suspicious']);

function isReportable(c: Contact): boolean {
  return REPORTABLE.has(`${c.domain}:${c.truth}`);
}

function workingChannel(state: State): CommsChannel | null {
  if (state.comms.primary === 'up') return 'primary';
  if (state.comms.alternate === 'up') return 'alternate';
  if (state.comms.primary === 'degraded') return 'primary';
  if (state.comms.alternate === 'degraded') return 'alternate';
  return null;
}

function reportOn(scenario: Scenario, state: State, track: string, contact: string, channel: CommsChannel): Action {
  return { type: 'report', track, channel, report: asReport(observedReport(scenario, state, contact)) };
}

function answerProbe(state: State): Action | null {
  if (!state.frozenProbe) return null;
  return { type: 'answer', probe: state.frozenProbe, choice: state.probeTruth[state.frozenProbe] ?? 0 };
}

function housekeeping(scenario: Scenario, state: State): Action | null {
  if (state.emissions === 'on' && scenario.objectives.some((o) => o.rule.type === 'emissions')) {
    return { type: 'emissions', state: 'off' };
  }
  for (const m of state.messages) {
    const inj = scenario.injects.find((i) => i.id === m.inject);
    if (m.ackedMs === null && inj?.type === 'message' && inj.requiresAck) return { type: 'ack', inject: m.inject };
  }
  for (const inj of scenario.injects) {
    if (inj.type === 'discussion' && inj.id in state.fired && !(inj.id in state.discussions)) {
      return { type: 'discuss', inject: inj.id, text: 'Discussed with the team.' };
    }
  }
  let need: Posture = 'normal';
  for (const o of scenario.objectives) {
    if (o.rule.type !== 'protect') continue;
    const target = o.rule.contact;
    const active = state.contacts.find((c) => c.id === target)?.active;
    if (active && POSTURES.indexOf(o.rule.posture) > POSTURES.indexOf(need)) need = o.rule.posture;
  }
  if (POSTURES.indexOf(need) > POSTURES.indexOf(state.posture)) return { type: 'posture', posture: need };
  return null;
}

function trackWork(scenario: Scenario, state: State): Action | null {
  for (const cs of state.contacts) {
    if (cs.active && cs.perception !== 'none' && !state.tracks.some((t) => t.contact === cs.id)) {
      return { type: 'mark', contact: cs.id };
    }
  }
  const channel = workingChannel(state);
  for (const t of state.tracks) {
    const c = t.contact ? scenario.contacts.find((x) => x.id === t.contact) : undefined;
    if (!c) continue;
    if (t.classification === null) return { type: 'classify', track: t.label, as: truthAssessment(c) };
    if (!isReportable(c) || !channel) continue;
    const reports = state.reports.filter((r) => r.contact === c.id && r.status !== 'not-delivered');
    if (reports.length === 0) return reportOn(scenario, state, t.label, c.id, channel);
    if (c.domain === 'air' && c.operator) {
      const op = state.contacts.find((x) => x.id === c.operator);
      const named = reports.some(
        (r) => r.report.operatorLocation && !saysUnknown('operatorLocation', r.report.operatorLocation),
      );
      if (op?.lastObservedMs !== null && op?.active && !named) {
        return reportOn(scenario, state, t.label, c.id, channel);
      }
    }
  }
  return null;
}

function alternateWork(scenario: Scenario, state: State): Action | null {
  if (state.comms.alternate === 'down') return null;
  for (const o of scenario.objectives) {
    if (o.rule.type !== 'alternateChannel') continue;
    const firedAt = state.fired[o.rule.afterInject];
    if (firedAt === undefined) continue;
    if (state.reports.some((r) => r.channel === 'alternate' && r.filedMs >= firedAt)) continue;
    const latest = [...state.reports].reverse().find((r) => r.contact !== null);
    const track = latest ? state.tracks.find((t) => t.label === latest.track) : undefined;
    if (latest?.contact && track) return reportOn(scenario, state, track.label, latest.contact, 'alternate');
  }
  return null;
}

/** The oracle trainee. */
export const perfectPolicy: Policy = {
  name: 'perfect',
  next: (scenario, state) =>
    answerProbe(state) ?? housekeeping(scenario, state) ?? trackWork(scenario, state) ?? alternateWork(scenario, state),
};
