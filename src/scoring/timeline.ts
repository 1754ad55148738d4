/** A run as a readable timeline for authors (`simulate --timeline` and the studio), one entry per happening. */
import { positionAt } from '../engine';
import type { EngineEvent, State } from '../engine/types';
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
  if (manual) return 'fired by hand';
  if (!trigger) return 'no trigger';
  switch (trigger.kind) {
    case 'at':
      return `at ${formatOffset(trigger.atMs)}`;
    case 'contactWithin':
      return `${trigger.contact} within ${trigger.cells} cells`;
    case 'detected':
      return `${trigger.contact} marked`;
    case 'reported':
      return `${trigger.contact} reported`;
    case 'after':
      return `after ${trigger.inject}${trigger.delayMs > 0 ? ` + ${formatOffset(trigger.delayMs)}` : ''}`;
    case 'notDone':
      return `contingency: ${notDoneText(trigger)} not done by ${formatOffset(trigger.byMs)}`;
  }
}

function notDoneText(trigger: Extract<Trigger, { kind: 'notDone' }>): string {
  const target = trigger.contact ?? trigger.inject ?? trigger.posture;
  return target ? `${trigger.action} ${target}` : trigger.action;
}

function injectText(inject: Inject): string {
  switch (inject.type) {
    case 'message':
      return `message from ${inject.from || 'unknown'} (${inject.channel}${inject.requiresAck ? ', needs ack' : ''}): "${inject.text}"`;
    case 'conditions':
      return `conditions: ${Object.entries(inject.conditions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`;
    case 'comms':
      return `comms: ${inject.channel} channel ${inject.status}`;
    case 'probe':
      return `probe (level ${inject.level}): "${inject.question}" — play freezes`;
    case 'discussion':
      return `discussion: "${inject.question}"`;
    case 'end':
      return `end${inject.text ? `: "${inject.text}"` : ''}`;
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
      return `run starts (seed ${e.seed})`;
    case 'contact-appeared': {
      const c = scenario.contacts.find((x) => x.id === e.contact);
      const kind = c ? `${c.domain}, truth ${c.truth}, ${c.domain === 'air' ? c.cues.type : c.cues.kind}` : '';
      return `${e.contact} appears at ${cellAt(e.contact)} (${kind})`;
    }
    case 'contact-indicated':
      return `${e.contact} becomes an indication (shown near ${e.cell})`;
    case 'contact-observable':
      return `${e.contact} becomes observable at ${cellAt(e.contact)}`;
    case 'contact-lost':
      return `${e.contact} is lost from view`;
    case 'contact-left':
      return `${e.contact} leaves the map`;
    case 'track-created':
      return `mark: ${e.track} on ${e.contact ?? 'an empty cell'} at ${e.cell}`;
    case 'track-classified':
      return `classify: ${e.track} (${e.contact ?? 'empty'}) as ${e.as}`;
    case 'report-filed':
      return `report #${e.index}: ${e.track} (${e.contact ?? 'empty track'}) on ${e.channel}${deliveryNow(log, e.index, e.t)}`;
    case 'report-delivered':
      return sameTick(log, e) ? null : `report #${e.index} delivered on ${e.channel}`;
    case 'report-not-delivered':
      return sameTick(log, e) ? null : `report #${e.index} NOT delivered: ${e.channel} is down`;
    case 'inject-fired': {
      const inj = scenario.injects.find((i) => i.id === e.inject);
      return inj
        ? `fires ${inj.id} [${describeTrigger(inj.trigger, e.manual)}] ${injectText(inj)}`
        : `fires ${e.inject}`;
    }
    case 'message-acked':
      return `ack: ${e.inject}`;
    case 'probe-answered': {
      const inj = scenario.injects.find((i) => i.id === e.probe);
      const choice = inj?.type === 'probe' ? `"${inj.choices[e.choice]}"` : String(e.choice);
      const verdict = e.correct === null ? 'not scored' : e.correct ? 'right' : 'wrong';
      return `answer: ${e.probe} → ${choice} (${verdict})`;
    }
    case 'discussion-answered':
      return `discussion ${e.inject} answered: "${e.text}"`;
    case 'posture-changed':
      return `posture: ${e.posture}`;
    case 'emissions-changed':
      return `emissions: ${e.state}`;
    case 'focus-changed':
      return `focus: ${e.sector ?? 'none'}`;
    case 'run-ended':
      return `end of play (${e.reason === 'end-inject' ? 'end inject' : 'duration reached'})`;
    default:
      return null;
  }
}

/** Whether a delivery event happened at the moment its report was filed (then the filing line says it). */
function sameTick(log: readonly EngineEvent[], e: Extract<EngineEvent, { index: number }>): boolean {
  return log.some((x) => x.type === 'report-filed' && x.index === e.index && x.t === e.t);
}

function deliveryNow(log: readonly EngineEvent[], index: number, t: number): string {
  const d = log.find(
    (x): x is Extract<EngineEvent, { type: 'report-delivered' | 'report-not-delivered' }> =>
      (x.type === 'report-delivered' || x.type === 'report-not-delivered') && x.index === index && x.t === t,
  );
  if (!d) return ', pending (degraded channel)';
  return d.type === 'report-delivered' ? ', delivered' : `, NOT delivered (${d.channel} is down)`;
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
      text: `${id} will not fire [${describeTrigger(inj?.trigger ?? null, false)}]: it was done in time`,
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
