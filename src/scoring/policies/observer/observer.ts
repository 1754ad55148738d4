/**
 * The observer policy: a good trainee who plays only from the trainee's view, with human reaction
 * times (reaction.ts). It marks what it sees, classifies from the cues it has read and the briefing,
 * reports every drone it judges reportable (again once it has found the operator), keeps the team
 * safe from drones coming at the post, obeys orders to go quiet, switches to the alternate channel
 * when the primary fails, acknowledges messages, answers probes from its own picture and answers
 * discussions. It never sees the ground truth.
 */
import { prefillReport } from '../../../engine';
import type { Action } from '../../../engine/types';
import type { TraineeView, ViewTrack } from '../../../engine/view';
import { type Assessment, POSTURES, type Posture } from '../../../scenario/vocab';
import { fromView, type TraineeBrief, type ViewPolicy } from '../viewPolicy';
import { workingChannel } from './channel';
import { type Behaviour, judge, noBehaviour, REPORTABLE, watch } from './judge';
import { answerProbe } from './probes';
import { ALERT_CELLS, CLASSIFY_MS, COVER_CELLS, NOTICE_MS, READ_MS, REPORT_MS } from './reaction';
import { fromPost, isAir, onMap, sectorOf } from './sight';

/** What the observer remembers during one run (the view shows only the present). */
interface Memory {
  /** Sighting key → when it was first seen (while it stays in view). */
  sightings: Map<number, number>;
  behaviour: Map<string, Behaviour>;
  /** Track → the classification it has decided on and since when. */
  decided: Map<string, { as: Assessment; since: number }>;
  /** Track → its classification as last seen, and when it was set. */
  classified: Map<string, { as: Assessment | null; at: number }>;
  /** Drone track → the possible operator seen at the same time as it. */
  operatorOf: Map<string, string>;
  /** Tracks reported with their operator's cell. */
  operatorReported: Set<string>;
  /** Posture wanted and since when. */
  posture: { want: Posture; since: number };
  /** When the primary channel was first seen down (null while it is not). */
  primaryDownSince: number | null;
  /** Discussion → when it came up. */
  discussions: Map<string, number>;
}

function remember(brief: TraineeBrief, view: TraineeView, m: Memory): void {
  const keys = new Set(view.sightings.map((s) => s.key));
  for (const k of [...m.sightings.keys()]) if (!keys.has(k)) m.sightings.delete(k);
  for (const s of view.sightings) if (!m.sightings.has(s.key)) m.sightings.set(s.key, view.t);
  for (const t of view.tracks) {
    m.behaviour.set(t.label, watch(brief, t, m.behaviour.get(t.label) ?? noBehaviour()));
    const was = m.classified.get(t.label);
    if (!was || was.as !== t.classification) m.classified.set(t.label, { as: t.classification, at: view.t });
  }
  const operators = view.tracks.filter((t) => t.classification === 'possible-operator' && t.sight === 'in-sight');
  for (const t of view.tracks) {
    if (!isAir(t) || t.sight !== 'in-sight' || m.operatorOf.has(t.label)) continue;
    if (operators.length > 0) m.operatorOf.set(t.label, operators[0].label);
  }
  if (view.comms.primary !== 'down') m.primaryDownSince = null;
  else m.primaryDownSince ??= view.t;
  for (const d of view.openDiscussions) if (!m.discussions.has(d)) m.discussions.set(d, view.t);
}

function messages(view: TraineeView): Action | null {
  const read = view.messages.filter((msg) => view.t - msg.atMs >= READ_MS);
  const ack = read.find((msg) => view.pendingAcks.includes(msg.inject));
  if (ack) return { type: 'ack', inject: ack.inject };
  const quiet = read.some((msg) => /\boff\b/i.test(msg.text) && /phone|emitter|device/i.test(msg.text));
  if (quiet && view.emissions === 'on') return { type: 'emissions', state: 'off' };
  return null;
}

/** The posture the drones in sight call for: alert for one coming at the post, cover when close or carrying. */
function wantedPosture(brief: TraineeBrief, view: TraineeView): Posture {
  let want: Posture = 'normal';
  for (const t of view.tracks) {
    if (!isAir(t) || t.sight !== 'in-sight' || t.classification === 'bird' || t.classification === 'authorized')
      continue;
    const d = fromPost(brief, t);
    const hazard = t.classification === 'hazard' || t.cues.carrying === true;
    const coming = t.cues.activity === 'approaching';
    const need: Posture =
      (hazard || coming) && d <= COVER_CELLS ? 'cover' : hazard || (coming && d <= ALERT_CELLS) ? 'alert' : 'normal';
    if (POSTURES.indexOf(need) > POSTURES.indexOf(want)) want = need;
  }
  return want;
}

function posture(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  const want = wantedPosture(brief, view);
  if (want !== m.posture.want) m.posture = { want, since: view.t };
  const higher = POSTURES.indexOf(want) > POSTURES.indexOf(view.posture);
  return higher && view.t - m.posture.since >= NOTICE_MS ? { type: 'posture', posture: want } : null;
}

function marks(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  const due = view.sightings.find(
    (s) => view.t - (m.sightings.get(s.key) ?? view.t) >= NOTICE_MS && onMap(brief, s.cell),
  );
  return due ? { type: 'mark', cell: due.cell } : null;
}

/** Whether a track still has cues to show before the observer can settle it. */
function needsLook(brief: TraineeBrief, view: TraineeView, t: ViewTrack, m: Memory): boolean {
  if (t.sight === 'lost') return false;
  const decided = judge(brief, view, t, m.behaviour.get(t.label) ?? noBehaviour());
  if (decided === null) return true;
  return isAir(t) && t.cues.activity === 'approaching' && t.cues.carrying === undefined && decided !== 'bird';
}

/** Focus the sector of the nearest track that still has cues to show (keeping the focus while it holds one). */
function focus(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  const waiting = view.tracks.filter((t) => needsLook(brief, view, t, m));
  if (waiting.length === 0) return null;
  if (waiting.some((t) => sectorOf(brief, t.cell)?.id === view.focus)) return null;
  const nearest = waiting.reduce((a, b) => (fromPost(brief, b) < fromPost(brief, a) ? b : a));
  const sector = sectorOf(brief, nearest.cell);
  return sector && sector.id !== view.focus ? { type: 'focus', sector: sector.id } : null;
}

function classify(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  for (const t of view.tracks) {
    const as = judge(brief, view, t, m.behaviour.get(t.label) ?? noBehaviour());
    if (as === null) {
      m.decided.delete(t.label);
      continue;
    }
    const d = m.decided.get(t.label);
    if (d?.as !== as) m.decided.set(t.label, { as, since: view.t });
    const since = m.decided.get(t.label)?.since ?? view.t;
    if (as !== t.classification && view.t - since >= CLASSIFY_MS) return { type: 'classify', track: t.label, as };
  }
  return null;
}

function reportOn(
  brief: TraineeBrief,
  view: TraineeView,
  m: Memory,
  t: ViewTrack,
  channel: 'primary' | 'alternate',
): Action {
  const report = prefillReport(brief, view, t.label);
  const op = view.tracks.find((o) => o.label === m.operatorOf.get(t.label) && o.classification === 'possible-operator');
  if (op) {
    report.operatorLocation = op.cell;
    m.operatorReported.add(t.label);
  }
  return { type: 'report', track: t.label, channel, report };
}

function reports(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  const channel = workingChannel(view);
  if (channel === null) return null;
  for (const t of view.tracks) {
    if (t.classification === null || !REPORTABLE.has(t.classification)) continue;
    const mine = view.reports.filter((r) => r.track === t.label && r.status !== 'not-delivered');
    const since = m.classified.get(t.label)?.at ?? view.t;
    if (mine.length === 0) {
      if (view.t - since >= REPORT_MS) return reportOn(brief, view, m, t, channel);
      continue;
    }
    const op = view.tracks.find(
      (o) => o.label === m.operatorOf.get(t.label) && o.classification === 'possible-operator',
    );
    const opSince = op ? (m.classified.get(op.label)?.at ?? view.t) : view.t;
    if (op && !m.operatorReported.has(t.label) && view.t - opSince >= REPORT_MS) {
      return reportOn(brief, view, m, t, channel);
    }
  }
  return alternate(brief, view, m);
}

/** Once the primary is down: the latest drone report sent again on the alternate, if nothing has gone out since. */
function alternate(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  const since = m.primaryDownSince;
  if (since === null || view.comms.alternate === 'down' || view.t - since < REPORT_MS) return null;
  if (view.reports.some((r) => r.filedMs >= since)) return null;
  const latest = view.reports.at(-1);
  const t = latest ? view.tracks.find((x) => x.label === latest.track && x.sight === 'in-sight') : undefined;
  return t ? reportOn(brief, view, m, t, 'alternate') : null;
}

function discuss(view: TraineeView, m: Memory): Action | null {
  const due = view.openDiscussions.find((d) => view.t - (m.discussions.get(d) ?? view.t) >= REPORT_MS);
  if (!due) return null;
  const drones = view.tracks.filter((t) => t.classification !== null && REPORTABLE.has(t.classification));
  const text = `We tracked ${view.tracks.length} contacts and reported ${drones.length} drones (${drones.map((t) => `${t.label} ${t.classification}`).join(', ') || 'none'}); we checked each against the briefing before reporting.`;
  return { type: 'discuss', inject: due, text };
}

function step(brief: TraineeBrief, view: TraineeView, m: Memory): Action | null {
  if (view.ended) return null;
  if (view.frozenProbe)
    return { type: 'answer', probe: view.frozenProbe, choice: answerProbe(brief, view, view.frozenProbe) };
  remember(brief, view, m);
  return (
    messages(view) ??
    posture(brief, view, m) ??
    marks(brief, view, m) ??
    focus(brief, view, m) ??
    classify(brief, view, m) ??
    reports(brief, view, m) ??
    discuss(view, m)
  );
}

/** The observer as a view policy (each run starts with an empty memory). */
export const observerViewPolicy: ViewPolicy = {
  name: 'observer',
  start: (brief) => {
    const m: Memory = {
      sightings: new Map(),
      behaviour: new Map(),
      decided: new Map(),
      classified: new Map(),
      operatorOf: new Map(),
      operatorReported: new Set(),
      posture: { want: 'normal', since: 0 },
      primaryDownSince: null,
      discussions: new Map(),
    };
    return (view) => step(brief, view, m);
  },
};

/** The observer, runnable like any policy. */
export const observerPolicy = fromView(observerViewPolicy);
