/** Which cues the trainee reads off an observable contact, by how deep inside sight range it is. */
import type { Contact } from '../scenario/model';
import type { ContactState, SeenCues } from './types';

/** q = distance / sight range: at or below each tier the trainee reads more. */
export const CUE_TIERS = { basic: 1, detail: 0.7, close: 0.45 } as const;

/** Merges into `cues` what is seen of `contact` at depth `q` (q ≤ 1: observable); lights "none" is seen at detail depth. */
export function mergeSeen(cues: SeenCues, contact: Contact, cs: ContactState, q: number): void {
  cues.activity = cs.activity;
  cues.direction = cs.heading;
  if (contact.domain === 'ground') {
    const g = contact.cues;
    cues.kind = g.kind;
    if (q <= CUE_TIERS.detail && g.behavior) cues.behavior = g.behavior;
    if (q <= CUE_TIERS.close && g.markings) cues.markings = g.markings;
    return;
  }
  const a = contact.cues;
  cues.count = a.count;
  cues.altitude = a.altitude;
  if (a.lights !== 'none') cues.lights = a.lights;
  if (q <= CUE_TIERS.detail) {
    cues.type = a.type;
    cues.size = a.size;
    if (a.lights === 'none') cues.lights = 'none';
    else if (a.lightColor) cues.lightColor = a.lightColor;
  }
  if (q <= CUE_TIERS.close) {
    if (a.markings) cues.markings = a.markings;
    cues.carrying = a.carrying;
  }
}

/** The sound cue heard from a contact within hearing range, or null (silent, or a ground contact). */
export function heardSound(contact: Contact): SeenCues['sound'] | null {
  return contact.domain === 'air' && contact.cues.sound !== 'none' ? contact.cues.sound : null;
}
