/** One contact's tick: move it along its path, then update what the trainee perceives of it and its track. */
import { cellName } from '../scenario/grid';
import { heardSound, mergeSeen } from './cues';
import { contactW, type Draft, emit, trackIndex, trackW } from './draft';
import { phaseAt, place } from './motion';
import { hearingAt, perceive, sightAt } from './perception';
import { cellIndex } from './prepare';
import { nextRandom } from './prng';
import type { ContactState, Perception } from './types';

/** The focused sector's cell mask, or undefined when nothing is focused. */
export function focusMaskOf(d: Draft): Uint8Array | undefined {
  return d.s.focus === null ? undefined : d.p.sectorMask.get(d.s.focus);
}

/** Moves contact i to the current time and updates its perception, events and track. */
export function updateContact(d: Draft, i: number, focusMask: Uint8Array | undefined): void {
  const prev = d.s.contacts[i];
  if (prev.clockStartMs === null || prev.gone) return;
  const pc = d.p.contacts[i];
  const tau = d.s.t - prev.clockStartMs;
  const phase = phaseAt(pc, tau);
  if (phase === 'before') return;
  const cs = contactW(d, i);
  if (phase === 'left') {
    leave(d, i, cs);
    return;
  }
  place(pc, tau, cs);
  if (!cs.active) {
    cs.active = true;
    emit(d, { type: 'contact-appeared', contact: cs.id });
  }
  const dx = cs.x - d.p.postX;
  const dy = cs.y - d.p.postY;
  const dist = Math.sqrt(dx * dx + dy * dy);
  if (cs.closestCells === null || dist < cs.closestCells) cs.closestCells = dist;
  const sight = sightAt(d.sc, d.p, d.s.conditions, focusMask, i, cellIndex(d.p, cs.x, cs.y));
  const hearing = hearingAt(d.p, d.s.conditions, i);
  transition(d, cs, perceive(dist, sight, hearing));
  expose(d, i, cs, dist, sight, hearing);
  if (cs.track !== null) updateTrack(d, i, dist, sight, hearing);
}

/** Records what the trainee could perceive of contact i now, whether it is marked or not. */
function expose(d: Draft, i: number, cs: ContactState, dist: number, sight: number, hearing: number): void {
  if (cs.perception === 'none') return;
  const t = d.s.t;
  if (cs.firstPerceivedMs === null) cs.firstPerceivedMs = t;
  cs.lastPerceivedMs = t;
  const contact = d.p.contacts[i].contact;
  if (cs.perception === 'observable') {
    cs.lastObservedMs = t;
    cs.lastPerceivedAt = { x: cs.x, y: cs.y };
    const seen = { ...cs.seen };
    mergeSeen(seen, contact, cs, sight > 0 ? dist / sight : 0);
    cs.seen = seen;
  } else if (cs.indicationCell !== null && cs.lastObservedMs === null) {
    cs.lastPerceivedAt = { x: cs.indicationCell.c, y: cs.indicationCell.r };
  }
  const sound = dist <= hearing ? heardSound(contact) : null;
  if (sound !== null && cs.seen.sound !== sound) cs.seen = { ...cs.seen, sound };
}

/** Refreshes the track of contact i from what is perceived now (used when a track is created). */
export function refreshTrack(d: Draft, i: number): void {
  const cs = d.s.contacts[i];
  if (!cs.active || cs.track === null) return;
  const dist = Math.sqrt((cs.x - d.p.postX) ** 2 + (cs.y - d.p.postY) ** 2);
  const sight = sightAt(d.sc, d.p, d.s.conditions, focusMaskOf(d), i, cellIndex(d.p, cs.x, cs.y));
  updateTrack(d, i, dist, sight, hearingAt(d.p, d.s.conditions, i));
}

function updateTrack(d: Draft, i: number, dist: number, sight: number, hearing: number): void {
  const cs = d.s.contacts[i];
  const ti = trackIndex(d, cs.track ?? '');
  if (ti < 0) return;
  const contact = d.p.contacts[i].contact;
  if (cs.perception === 'observable') {
    const tr = trackW(d, ti);
    tr.x = cs.x;
    tr.y = cs.y;
    tr.visible = true;
    tr.lastSeenMs = d.s.t;
    mergeSeen(tr.cues, contact, cs, sight > 0 ? dist / sight : 0);
  } else if (d.s.tracks[ti].visible) {
    trackW(d, ti).visible = false;
  }
  if (dist <= hearing) {
    const sound = heardSound(contact);
    if (sound !== null && d.s.tracks[ti].cues.sound !== sound) trackW(d, ti).cues.sound = sound;
  }
}

function transition(d: Draft, cs: ContactState, next: Perception): void {
  const was = cs.perception;
  cs.perception = next;
  if (next === 'observable') {
    cs.indicationCell = null;
    if (was === 'observable') return;
    cs.jitter = { dx: 0, dy: 0 };
    if (cs.firstObservableMs === null) cs.firstObservableMs = d.s.t;
    emit(d, { type: 'contact-observable', contact: cs.id });
    return;
  }
  if (was === 'observable') emit(d, { type: 'contact-lost', contact: cs.id });
  if (next === 'none') {
    cs.indicationCell = null;
    return;
  }
  if (was === 'none') cs.jitter = drawJitter(d);
  const c = Math.min(d.p.cols - 1, Math.max(0, Math.round(cs.x) + cs.jitter.dx));
  const r = Math.min(d.p.rows - 1, Math.max(0, Math.round(cs.y) + cs.jitter.dy));
  const ic = cs.indicationCell;
  if (ic === null || ic.c !== c || ic.r !== r) cs.indicationCell = { c, r };
  if (was === 'none') emit(d, { type: 'contact-indicated', contact: cs.id, cell: cellName({ c, r }) });
}

function drawJitter(d: Draft): { dx: number; dy: number } {
  const a = nextRandom(d.s.rng);
  const b = nextRandom(a.rng);
  d.s.rng = b.rng;
  return { dx: Math.floor(a.value * 3) - 1, dy: Math.floor(b.value * 3) - 1 };
}

function leave(d: Draft, i: number, cs: ContactState): void {
  const pc = d.p.contacts[i];
  if (cs.active) {
    place(pc, pc.times[pc.times.length - 1], cs);
    if (cs.perception === 'observable') emit(d, { type: 'contact-lost', contact: cs.id });
    emit(d, { type: 'contact-left', contact: cs.id });
    const ti = cs.track === null ? -1 : trackIndex(d, cs.track);
    if (ti >= 0 && d.s.tracks[ti].visible) trackW(d, ti).visible = false;
  }
  cs.active = false;
  cs.gone = true;
  cs.perception = 'none';
  cs.indicationCell = null;
}
