/**
 * The working copy one engine call mutates. The input State is copied once per call: its
 * top-level records and arrays up front, each contact and track on its first change. A state
 * no caller has seen (replay's own, between its steps) may instead be changed in place, which keeps
 * long replays linear: the log and the lists are not copied for every action.
 */
import type { Scenario } from '../scenario/model';
import { type Prepared, prepared } from './prepare';
import type { ContactState, EngineEvent, State, Track } from './types';

/** An event before its time is stamped on it. */
export type EventBody = EngineEvent extends infer E ? (E extends EngineEvent ? Omit<E, 't'> : never) : never;

export interface Draft {
  readonly sc: Scenario;
  readonly p: Prepared;
  /** The copy being changed (or, in place, the state itself). */
  readonly s: State;
  /** Changing the caller's state itself: nothing is copied. */
  readonly inPlace: boolean;
  /** contacts[i] already copied in this call. */
  readonly ownContact: Uint8Array;
  /** tracks[i] already copied (or created) in this call. */
  readonly ownTrack: boolean[];
}

/** A working copy of `state` for one engine call; with `inPlace`, `state` itself (only for a state no caller holds). */
export function draftOf(sc: Scenario, state: State, inPlace = false): Draft {
  if (inPlace) return { sc, p: prepared(sc), s: state, inPlace, ownContact: new Uint8Array(0), ownTrack: [] };
  const s: State = {
    ...state,
    conditions: { ...state.conditions },
    comms: { ...state.comms },
    contacts: state.contacts.slice(),
    tracks: state.tracks.slice(),
    fired: { ...state.fired },
    skipped: { ...state.skipped },
    messages: state.messages.slice(),
    reports: state.reports.slice(),
    probeTruth: { ...state.probeTruth },
    answers: { ...state.answers },
    discussions: { ...state.discussions },
    log: state.log.slice(),
  };
  return { sc, p: prepared(sc), s, inPlace, ownContact: new Uint8Array(state.contacts.length), ownTrack: [] };
}

/** Contact i, copied on first write in this call. */
export function contactW(d: Draft, i: number): ContactState {
  if (!d.inPlace && !d.ownContact[i]) {
    d.s.contacts[i] = cloneContact(d.s.contacts[i]);
    d.ownContact[i] = 1;
  }
  return d.s.contacts[i];
}

/** Track i (with its cues), copied on first write in this call. */
export function trackW(d: Draft, i: number): Track {
  if (!d.inPlace && !d.ownTrack[i]) {
    d.s.tracks[i] = cloneTrack(d.s.tracks[i]);
    d.ownTrack[i] = true;
  }
  return d.s.tracks[i];
}

/** Adds a new track, owned by this call; returns its index. */
export function addTrack(d: Draft, track: Track): number {
  d.s.tracks.push(track);
  d.ownTrack[d.s.tracks.length - 1] = true;
  return d.s.tracks.length - 1;
}

/** Appends an event stamped with the current time. */
export function emit(d: Draft, e: EventBody): void {
  d.s.log.push({ t: d.s.t, ...e } as EngineEvent);
}

/** Index of a track from its label ("T3" → 2), or -1. */
export function trackIndex(d: Draft, label: string): number {
  const i = Number(label.slice(1)) - 1;
  return label[0] === 'T' && Number.isInteger(i) && d.s.tracks[i]?.label === label ? i : -1;
}

/** A field-by-field copy (much faster than a spread in the per-tick loop; nested objects are replaced, never mutated). */
function cloneContact(c: ContactState): ContactState {
  return {
    id: c.id,
    clockStartMs: c.clockStartMs,
    active: c.active,
    gone: c.gone,
    x: c.x,
    y: c.y,
    activity: c.activity,
    heading: c.heading,
    perception: c.perception,
    indicationCell: c.indicationCell,
    firstObservableMs: c.firstObservableMs,
    closestCells: c.closestCells,
    track: c.track,
    jitter: c.jitter,
    seen: c.seen,
    firstPerceivedMs: c.firstPerceivedMs,
    lastPerceivedMs: c.lastPerceivedMs,
    lastPerceivedAt: c.lastPerceivedAt,
    lastObservedMs: c.lastObservedMs,
  };
}

/** A field-by-field copy of a track with its own copy of the cues (which are changed in place). */
function cloneTrack(t: Track): Track {
  return {
    label: t.label,
    contact: t.contact,
    createdMs: t.createdMs,
    firstSeenMs: t.firstSeenMs,
    dropped: t.dropped,
    x: t.x,
    y: t.y,
    visible: t.visible,
    lastSeenMs: t.lastSeenMs,
    classification: t.classification,
    cues: { ...t.cues },
  };
}
