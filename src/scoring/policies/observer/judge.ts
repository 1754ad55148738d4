/**
 * How the observer classifies a track from what it has seen and the briefing: birds by their type,
 * booked flights by the authorized list, drones by behaviour, people by what they are doing.
 */
import type { TraineeView, ViewTrack } from '../../../engine/view';
import type { Assessment } from '../../../scenario/vocab';
import type { TraineeBrief } from '../viewPolicy';
import { bookingFor } from './booking';
import { COVER_CELLS } from './reaction';
import { fromPost, insidePerimeter } from './sight';

/** What the observer has seen a track do over time (the view holds only its latest cues). */
export interface Behaviour {
  /** Seen staying over one area: loitering or circling. */
  stayed: boolean;
  /** Seen inside the perimeter. */
  inside: boolean;
  /** Seen coming towards the post within COVER_CELLS. */
  closing: boolean;
}

/** A fresh record of behaviour. */
export function noBehaviour(): Behaviour {
  return { stayed: false, inside: false, closing: false };
}

/** Adds what a track in sight shows now to its record. */
export function watch(brief: TraineeBrief, t: ViewTrack, b: Behaviour): Behaviour {
  if (t.sight !== 'in-sight') return b;
  const a = t.cues.activity;
  return {
    stayed: b.stayed || a === 'loitering' || a === 'circling',
    inside: b.inside || insidePerimeter(brief, t.cell),
    closing: b.closing || (a === 'approaching' && fromPost(brief, t) <= COVER_CELLS),
  };
}

/** A person whose behaviour shows they are flying something: looking up, holding a controller. */
const OPERATOR_BEHAVIOUR = /(?<!not )looking up|holding a (handheld |hand-held )?(device|controller|remote|tablet)/;

function judgePerson(t: ViewTrack): Assessment | null {
  const b = t.cues.behavior?.toLowerCase();
  if (b === undefined) return null;
  return OPERATOR_BEHAVIOUR.test(b) ? 'possible-operator' : 'routine';
}

/**
 * The classification the observer would give a track now, or null while it cannot tell yet.
 * Authorized sticks once matched (the trainee matched it to its booking while it was booked). A drone
 * coming at the post is suspicious until an object is seen under it (then a hazard).
 */
export function judge(brief: TraineeBrief, view: TraineeView, t: ViewTrack, b: Behaviour): Assessment | null {
  if (t.cues.kind !== undefined) return judgePerson(t);
  const type = t.cues.type;
  if (type === undefined) return null;
  if (type === 'bird') return 'bird';
  if (t.classification === 'authorized') return 'authorized';
  if (t.sight === 'in-sight' && bookingFor(brief, view, t)) return 'authorized';
  if (t.cues.carrying === true) return 'hazard';
  if (b.stayed || b.inside || b.closing || t.cues.activity === 'approaching') return 'suspicious-uas';
  return 'unknown-uas';
}

/** Classifications the observer reports. */
export const REPORTABLE: ReadonlySet<Assessment> = new Set(['unknown-uas', 'suspicious-uas', 'hazard']);
