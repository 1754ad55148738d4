/** Facts about a run, gathered in one pass over the engine's event log for the rules to read. */
import type { EngineEvent, ObservedReport, TruthReport } from '../engine/types';
import type { Report } from '../scenario/schema';
import type { Assessment, CommsChannel, EmissionState, Posture } from '../scenario/vocab';

export interface FiledFact {
  index: number;
  t: number;
  track: string;
  contact: string | null;
  channel: CommsChannel;
  report: Report;
  truth: TruthReport | null;
  observed: ObservedReport | null;
  deliveredMs: number | null;
}

/** A track the trainee made, with what it was made on and whether (and when) it was dropped. */
export interface TrackFact {
  track: string;
  t: number;
  contact: string | null;
  cell: string;
  droppedMs: number | null;
}

export interface ProbeFact {
  probe: string;
  t: number;
  correct: number | null;
  answer: { choice: number; correct: boolean | null; t: number } | null;
}

export interface RunFacts {
  endMs: number;
  observableAt: Map<string, number>;
  markedAt: Map<string, { t: number; track: string }>;
  /** Track label → its contact (null: empty track). */
  trackContact: Map<string, string | null>;
  /** Track label → its latest classification. */
  classification: Map<string, Assessment>;
  /** Contact → labels of its tracks, oldest first. */
  tracksOf: Map<string, string[]>;
  /** Every track in order of marking. */
  tracks: TrackFact[];
  filed: FiledFact[];
  firedAt: Map<string, number>;
  ackedAt: Map<string, number>;
  postures: { t: number; posture: Posture }[];
  emissions: { t: number; state: EmissionState }[];
  probes: ProbeFact[];
  primaryDownAt: number[];
}

/** Collects the facts of a run from its event log. */
export function collectFacts(log: readonly EngineEvent[], endMs: number): RunFacts {
  const f: RunFacts = {
    endMs,
    observableAt: new Map(),
    markedAt: new Map(),
    trackContact: new Map(),
    classification: new Map(),
    tracksOf: new Map(),
    tracks: [],
    filed: [],
    firedAt: new Map(),
    ackedAt: new Map(),
    postures: [],
    emissions: [],
    probes: [],
    primaryDownAt: [],
  };
  const filedByIndex = new Map<number, FiledFact>();
  const trackByLabel = new Map<string, TrackFact>();
  const probeById = new Map<string, ProbeFact>();
  for (const e of log) {
    switch (e.type) {
      case 'contact-observable':
        if (!f.observableAt.has(e.contact)) f.observableAt.set(e.contact, e.t);
        break;
      case 'track-created': {
        const fact: TrackFact = { track: e.track, t: e.t, contact: e.contact, cell: e.cell, droppedMs: null };
        f.tracks.push(fact);
        trackByLabel.set(e.track, fact);
        f.trackContact.set(e.track, e.contact);
        if (e.contact !== null) {
          if (!f.markedAt.has(e.contact)) f.markedAt.set(e.contact, { t: e.t, track: e.track });
          f.tracksOf.set(e.contact, [...(f.tracksOf.get(e.contact) ?? []), e.track]);
        }
        break;
      }
      case 'track-dropped': {
        const fact = trackByLabel.get(e.track);
        if (fact) fact.droppedMs = e.t;
        break;
      }
      case 'track-classified':
        f.classification.set(e.track, e.as);
        break;
      case 'report-filed': {
        const fact: FiledFact = { ...e, deliveredMs: null };
        filedByIndex.set(e.index, fact);
        f.filed.push(fact);
        break;
      }
      case 'report-delivered': {
        const fact = filedByIndex.get(e.index);
        if (fact) fact.deliveredMs = e.t;
        break;
      }
      case 'inject-fired':
        if (!f.firedAt.has(e.inject)) f.firedAt.set(e.inject, e.t);
        break;
      case 'message-acked':
        f.ackedAt.set(e.inject, e.t);
        break;
      case 'posture-changed':
        f.postures.push({ t: e.t, posture: e.posture });
        break;
      case 'emissions-changed':
        f.emissions.push({ t: e.t, state: e.state });
        break;
      case 'comms-changed':
        if (e.channel === 'primary' && e.status === 'down') f.primaryDownAt.push(e.t);
        break;
      case 'probe-frozen': {
        const p: ProbeFact = { probe: e.probe, t: e.t, correct: e.correct, answer: null };
        probeById.set(e.probe, p);
        f.probes.push(p);
        break;
      }
      case 'probe-answered': {
        const p = probeById.get(e.probe);
        if (p) p.answer = { choice: e.choice, correct: e.correct, t: e.t };
        break;
      }
      default:
        break;
    }
  }
  return f;
}

/** Delivered reports on a contact, in order of delivery. */
export function deliveredReportsOn(facts: RunFacts, contact: string): FiledFact[] {
  return facts.filed
    .filter((r) => r.contact === contact && r.deliveredMs !== null)
    .sort((a, b) => (a.deliveredMs ?? 0) - (b.deliveredMs ?? 0));
}

/** The value of a stepwise setting (posture, emissions) at time t, given its changes in order. */
export function valueAt<T>(changes: { t: number; value: T }[], initial: T, t: number): T {
  let v = initial;
  for (const c of changes) {
    if (c.t > t) break;
    v = c.value;
  }
  return v;
}
