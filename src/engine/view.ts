/**
 * The trainee's view: exactly what the trainee can know at a moment, and nothing of the ground
 * truth (no contact ids, truths, or cues not yet observed). The play screen, the report prefill and
 * every scripted trainee but `perfect` read only this.
 */
import { cellName, cellOf } from '../scenario/grid';
import type { Scenario } from '../scenario/model';
import type { Assessment, CommsChannel, MessageChannel } from '../scenario/vocab';
import { prepared } from './prepare';
import type { DeliveryStatus, SeenCues, State } from './types';

/** How the trainee perceives a track's contact now. */
export type TrackSight = 'in-sight' | 'indication' | 'lost';

export interface ViewTrack {
  label: string;
  createdMs: number;
  /** When what it follows was first perceived (the mark time for a mark on empty ground). */
  firstSeenMs: number;
  /** Last known place in cell units, and its cell. */
  x: number;
  y: number;
  cell: string;
  sight: TrackSight;
  /** The approximate cell of its indication while `sight` is "indication", else null. */
  indicationCell: string | null;
  /** Last time it was in sight (the mark time if it never was). */
  lastSeenMs: number;
  classification: Assessment | null;
  /** Each cue as last observed. */
  cues: SeenCues;
}

/** Something perceived that has no track yet: a faint indication, or a contact in sight. */
export interface Sighting {
  /** Stable while it stays perceived (for smooth drawing); means nothing else. */
  key: number;
  kind: 'indication' | 'in-sight';
  x: number;
  y: number;
  cell: string;
}

export interface ViewMessage {
  inject: string;
  atMs: number;
  from: string;
  text: string;
  channel: MessageChannel;
  requiresAck: boolean;
  ackedMs: number | null;
}

export interface ViewReport {
  index: number;
  track: string;
  channel: CommsChannel;
  status: DeliveryStatus;
  filedMs: number;
  deliveredMs: number | null;
}

/** The settings the trainee sees as they are in the state: time, freeze, end, conditions, comms, posture, emissions, focus. */
type OpenSettings = Pick<
  State,
  't' | 'ended' | 'frozenProbe' | 'conditions' | 'comms' | 'posture' | 'emissions' | 'focus'
>;

export interface TraineeView extends OpenSettings {
  /** Live tracks in order of marking (dropped ones left out). */
  tracks: ViewTrack[];
  /** Perceived but unmarked, in reading order (top row first). */
  sightings: Sighting[];
  /** Messages received, oldest first. */
  messages: ViewMessage[];
  /** Messages that need an acknowledgement and have none yet, oldest first. */
  pendingAcks: string[];
  /** Discussion prompts that have come up and have no answer yet, in scenario order. */
  openDiscussions: string[];
  reports: ViewReport[];
}

const cache = new WeakMap<State, TraineeView>();

/** The trainee's view of `state` (computed once per state object). */
export function traineeView(scenario: Scenario, state: State): TraineeView {
  const hit = cache.get(state);
  if (hit) return hit;
  const view = buildView(scenario, state);
  cache.set(state, view);
  return view;
}

function buildView(scenario: Scenario, state: State): TraineeView {
  const p = prepared(scenario);
  const tracks: ViewTrack[] = [];
  for (const t of state.tracks) {
    if (t.dropped) continue;
    const ci = t.contact === null ? undefined : p.contactIndex.get(t.contact);
    const cs = ci === undefined ? null : state.contacts[ci];
    const follows = cs !== null && cs.track === t.label && cs.active;
    const sight: TrackSight =
      follows && cs.perception === 'observable'
        ? 'in-sight'
        : follows && cs.perception === 'indication'
          ? 'indication'
          : 'lost';
    tracks.push({
      label: t.label,
      createdMs: t.createdMs,
      firstSeenMs: t.firstSeenMs,
      x: t.x,
      y: t.y,
      cell: cellName(clampCell(cellOf(t), p.cols, p.rows)),
      sight,
      indicationCell: sight === 'indication' && cs?.indicationCell ? cellName(cs.indicationCell) : null,
      lastSeenMs: t.lastSeenMs,
      classification: t.classification,
      cues: { ...t.cues },
    });
  }
  const sightings: Sighting[] = [];
  state.contacts.forEach((cs, key) => {
    if (!cs.active || cs.track !== null || cs.perception === 'none') return;
    if (cs.perception === 'indication' && cs.indicationCell) {
      const { c, r } = cs.indicationCell;
      sightings.push({ key, kind: 'indication', x: c, y: r, cell: cellName(cs.indicationCell) });
    } else if (cs.perception === 'observable') {
      sightings.push({ key, kind: 'in-sight', x: cs.x, y: cs.y, cell: cellName(cellOf(cs)) });
    }
  });
  sightings.sort((a, b) => Math.round(a.y) - Math.round(b.y) || Math.round(a.x) - Math.round(b.x) || a.key - b.key);
  const messages: ViewMessage[] = [];
  for (const m of state.messages) {
    const i = p.injectIndex.get(m.inject);
    const inj = i === undefined ? undefined : scenario.injects[i];
    if (inj?.type !== 'message') continue;
    messages.push({
      inject: m.inject,
      atMs: m.atMs,
      from: inj.from,
      text: inj.text,
      channel: inj.channel,
      requiresAck: inj.requiresAck,
      ackedMs: m.ackedMs,
    });
  }
  return {
    t: state.t,
    ended: state.ended,
    frozenProbe: state.frozenProbe,
    conditions: { ...state.conditions },
    comms: { ...state.comms },
    posture: state.posture,
    emissions: state.emissions,
    focus: state.focus,
    tracks,
    sightings,
    messages,
    pendingAcks: messages.filter((m) => m.requiresAck && m.ackedMs === null).map((m) => m.inject),
    openDiscussions: scenario.injects
      .filter(
        (i) => i.type === 'discussion' && Object.hasOwn(state.fired, i.id) && !Object.hasOwn(state.discussions, i.id),
      )
      .map((i) => i.id),
    reports: state.reports.map((r) => ({
      index: r.index,
      track: r.track,
      channel: r.channel,
      status: r.status,
      filedMs: r.filedMs,
      deliveredMs: r.deliveredMs,
    })),
  };
}

function clampCell(cell: { c: number; r: number }, cols: number, rows: number): { c: number; r: number } {
  return { c: Math.min(Math.max(cell.c, 0), cols - 1), r: Math.min(Math.max(cell.r, 0), rows - 1) };
}
