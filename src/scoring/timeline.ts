/** A run as a readable timeline for authors (`simulate --timeline` and the studio), one entry per happening. */
import { positionAt } from '../engine';
import type { EngineEvent, State } from '../engine/types';
import { t as tr } from '../i18n';
import { cellName, clockAtSeconds, formatOffset } from '../scenario';
import type { Inject, Scenario, Trigger } from '../scenario/model';

/** One happening: when (scenario ms, clock time, offset) and what. */
export interface TimelineEntry {
  t: number;
  clock: string;
  offset: string;
  text: string;
}

function describeTrigger(trigger: Trigger | null, manual: boolean): string {
  if (manual) return tr('scoring:author.trigger.byHand');
  if (!trigger) return tr('scoring:author.trigger.none');
  switch (trigger.kind) {
    case 'at':
      return tr('scoring:author.trigger.at', { time: formatOffset(trigger.atMs) });
    case 'contactWithin':
      return tr('scoring:author.trigger.within', { contact: trigger.contact, cells: trigger.cells });
    case 'detected':
      return tr('scoring:author.trigger.detected', { contact: trigger.contact });
    case 'reported':
      return tr('scoring:author.trigger.reported', { contact: trigger.contact });
    case 'after':
      return trigger.delayMs > 0
        ? tr('scoring:author.trigger.afterDelay', { inject: trigger.inject, delay: formatOffset(trigger.delayMs) })
        : tr('scoring:author.trigger.after', { inject: trigger.inject });
    case 'notDone':
      return tr('scoring:author.trigger.notDone', { what: notDoneText(trigger), time: formatOffset(trigger.byMs) });
  }
}

function notDoneText(trigger: Extract<Trigger, { kind: 'notDone' }>): string {
  const target = trigger.contact ?? trigger.inject ?? trigger.posture;
  return target ? `${trigger.action} ${target}` : trigger.action;
}

function injectText(inject: Inject): string {
  switch (inject.type) {
    case 'message':
      return tr('scoring:author.inject.message', {
        from: inject.from || tr('scoring:author.inject.unknownSender'),
        channel: inject.channel,
        ack: inject.requiresAck ? 'yes' : 'no',
        text: inject.text,
      });
    case 'conditions':
      return tr('scoring:author.inject.conditions', {
        list: Object.entries(inject.conditions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      });
    case 'comms':
      return tr('scoring:author.inject.comms', { channel: inject.channel, status: inject.status });
    case 'probe':
      return tr('scoring:author.inject.probe', { level: inject.level, question: inject.question });
    case 'discussion':
      return tr('scoring:author.inject.discussion', { question: inject.question });
    case 'end':
      return inject.text ? tr('scoring:author.inject.endText', { text: inject.text }) : tr('scoring:author.inject.end');
  }
}

/** What each event says, or null for events another line already tells (conditions, comms, probe freezes). */
function eventText(scenario: Scenario, state: State, e: EngineEvent, log: readonly EngineEvent[]): string | null {
  const cellAt = (contact: string) => {
    const p = positionAt(scenario, state, contact, e.t);
    return p ? cellName({ c: Math.round(p.x), r: Math.round(p.y) }) : '?';
  };
  switch (e.type) {
    case 'run-started':
      return tr('scoring:author.event.runStarted', { seed: e.seed });
    case 'contact-appeared': {
      const c = scenario.contacts.find((x) => x.id === e.contact);
      const type = c ? (c.domain === 'air' ? c.cues.type : c.cues.kind) : '';
      const kind = c ? tr('scoring:author.event.kind', { domain: c.domain, truth: c.truth, type }) : '';
      return tr('scoring:author.event.appeared', { contact: e.contact, cell: cellAt(e.contact), kind });
    }
    case 'contact-indicated':
      return tr('scoring:author.event.indicated', { contact: e.contact, cell: e.cell });
    case 'contact-observable':
      return tr('scoring:author.event.observable', { contact: e.contact, cell: cellAt(e.contact) });
    case 'contact-lost':
      return tr('scoring:author.event.lost', { contact: e.contact });
    case 'contact-left':
      return tr('scoring:author.event.left', { contact: e.contact });
    case 'track-created':
      return e.contact === null
        ? tr('scoring:author.event.markedEmpty', { track: e.track, cell: e.cell })
        : tr('scoring:author.event.marked', { track: e.track, contact: e.contact, cell: e.cell });
    case 'track-classified':
      return e.contact === null
        ? tr('scoring:author.event.classifiedEmpty', { track: e.track, as: e.as })
        : tr('scoring:author.event.classified', { track: e.track, contact: e.contact, as: e.as });
    case 'report-filed':
      return filedText(e, deliveryNow(log, e.index, e.t));
    case 'report-delivered':
      return sameTick(log, e) ? null : tr('scoring:author.event.delivered', { index: e.index, channel: e.channel });
    case 'report-not-delivered':
      return sameTick(log, e) ? null : tr('scoring:author.event.notDelivered', { index: e.index, channel: e.channel });
    case 'inject-fired': {
      const inj = scenario.injects.find((i) => i.id === e.inject);
      return inj
        ? tr('scoring:author.event.fires', {
            inject: inj.id,
            trigger: describeTrigger(inj.trigger, e.manual),
            text: injectText(inj),
          })
        : tr('scoring:author.event.firesBare', { inject: e.inject });
    }
    case 'message-acked':
      return tr('scoring:author.event.acked', { inject: e.inject });
    case 'probe-answered': {
      const inj = scenario.injects.find((i) => i.id === e.probe);
      const choice = inj?.type === 'probe' ? `"${inj.choices[e.choice]}"` : String(e.choice);
      const verdict = e.correct === null ? 'unscored' : e.correct ? 'right' : 'wrong';
      return tr('scoring:author.event.answered', { probe: e.probe, choice, verdict });
    }
    case 'discussion-answered':
      return tr('scoring:author.event.discussed', { inject: e.inject, text: e.text });
    case 'posture-changed':
      return tr('scoring:author.event.posture', { posture: e.posture });
    case 'emissions-changed':
      return tr('scoring:author.event.emissions', { state: e.state });
    case 'focus-changed':
      return e.sector === null
        ? tr('scoring:author.event.focusNone')
        : tr('scoring:author.event.focus', { sector: e.sector });
    case 'run-ended':
      return tr('scoring:author.event.ended', { reason: e.reason === 'end-inject' ? 'inject' : 'duration' });
    default:
      return null;
  }
}

/** Whether a delivery event happened at the moment its report was filed (then the filing line says it). */
function sameTick(log: readonly EngineEvent[], e: Extract<EngineEvent, { index: number }>): boolean {
  return log.some((x) => x.type === 'report-filed' && x.index === e.index && x.t === e.t);
}

function filedText(e: Extract<EngineEvent, { type: 'report-filed' }>, delivery: string): string {
  const args = { index: e.index, track: e.track, channel: e.channel, delivery };
  return e.contact === null
    ? tr('scoring:author.event.filedEmpty', args)
    : tr('scoring:author.event.filed', { ...args, contact: e.contact });
}

function deliveryNow(log: readonly EngineEvent[], index: number, t: number): string {
  const d = log.find(
    (x): x is Extract<EngineEvent, { type: 'report-delivered' | 'report-not-delivered' }> =>
      (x.type === 'report-delivered' || x.type === 'report-not-delivered') && x.index === index && x.t === t,
  );
  if (!d) return tr('scoring:author.event.pending');
  return d.type === 'report-delivered'
    ? tr('scoring:author.event.deliveredNow')
    : tr('scoring:author.event.notDeliveredNow', { channel: d.channel });
}

/** The run's timeline from the scenario and the final state (its log, and contingencies that were skipped). */
export function timeline(scenario: Scenario, state: State): TimelineEntry[] {
  const items: { t: number; text: string }[] = [];
  for (const e of state.log) {
    const text = eventText(scenario, state, e, state.log);
    if (text !== null) items.push({ t: e.t, text });
  }
  for (const [id, t] of Object.entries(state.skipped)) {
    const inj = scenario.injects.find((i) => i.id === id);
    items.push({
      t,
      text: tr('scoring:author.event.skipped', { inject: id, trigger: describeTrigger(inj?.trigger ?? null, false) }),
    });
  }
  items.sort((a, b) => a.t - b.t);
  return items.map(({ t, text }) => ({
    t,
    clock: clockAtSeconds(scenario.startClockMin, t),
    offset: formatOffset(t),
    text,
  }));
}

/** The timeline as text lines: `HH:MM:SS  +m:ss  what happened`. */
export function timelineLines(entries: readonly TimelineEntry[]): string[] {
  return entries.map((e) => `${e.clock}  ${`+${e.offset}`.padStart(8)}  ${e.text}`);
}
