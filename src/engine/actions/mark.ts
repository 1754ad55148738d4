/** Marking: turning a perceived contact (or a clicked cell) into a track; dropping a track. */
import { t } from '../../i18n';
import { cellName, cellOf } from '../../scenario/grid';
import type { Cell } from '../../scenario/model';
import { refreshTrack } from '../contacts';
import { addTrack, contactW, type Draft, emit, trackW } from '../draft';
import type { Action, ContactState, Rejection, Track } from '../types';
import { reject } from './reject';
import { mapCell, resolveTrack } from './target';

/** Marks a contact by id (a scripted trainee) or what the trainee perceives at a clicked cell. */
export function mark(d: Draft, a: Extract<Action, { type: 'mark' }>): Rejection | null {
  const hasContact = a.contact !== undefined && a.contact !== null;
  const hasCell = a.cell !== undefined && a.cell !== null;
  if (hasContact === hasCell) return reject('bad-target', t('engine:mark.oneOf'));
  return hasContact ? markContact(d, a.contact) : markCell(d, a.cell);
}

/** Drops a track: it stops following its contact, which the trainee can then mark again. */
export function drop(d: Draft, a: Extract<Action, { type: 'drop' }>): Rejection | null {
  const ti = resolveTrack(d, a);
  if (typeof ti !== 'number') return ti;
  const track = d.s.tracks[ti];
  if (track.dropped) return reject('dropped', t('engine:mark.alreadyDropped', { track: track.label }));
  const tr = trackW(d, ti);
  tr.dropped = true;
  tr.visible = false;
  const ci = track.contact === null ? undefined : d.p.contactIndex.get(track.contact);
  if (ci !== undefined && d.s.contacts[ci].track === track.label) contactW(d, ci).track = null;
  emit(d, { type: 'track-dropped', track: track.label, contact: track.contact });
  return null;
}

/** A rejection that names the trainee's live track on what they tried to mark (the UI selects it). */
function alreadyTracked(label: string, what: string): Rejection {
  return { ...reject('already-tracked', t('engine:mark.alreadyTracked', { what, track: label })), track: label };
}

function markContact(d: Draft, id: unknown): Rejection | null {
  const i = typeof id === 'string' ? d.p.contactIndex.get(id) : undefined;
  if (i === undefined) return reject('unknown-contact', t('engine:target.unknownContact', { contact: String(id) }));
  const cs = d.s.contacts[i];
  if (!cs.active || cs.perception === 'none')
    return reject('not-observable', t('engine:mark.notObservable', { contact: cs.id }));
  if (cs.track !== null) return alreadyTracked(cs.track, cs.id);
  createTrack(d, i);
  return null;
}

/** Where the trainee perceives a contact: its position when observable, else its indication cell. */
function perceivedAt(cs: ContactState): { x: number; y: number } {
  const ic = cs.indicationCell;
  return cs.perception === 'observable' || ic === null ? { x: cs.x, y: cs.y } : { x: ic.c, y: ic.r };
}

/** Perceived contacts within one cell of `cell`, nearest first (observable before indications). */
function perceivedNear(d: Draft, cell: Cell): { i: number; exact: boolean }[] {
  const found: { i: number; exact: boolean; key: number }[] = [];
  d.s.contacts.forEach((cs, i) => {
    if (!cs.active || cs.perception === 'none') return;
    const at = perceivedAt(cs);
    const pc = cellOf(at);
    const apart = Math.max(Math.abs(pc.c - cell.c), Math.abs(pc.r - cell.r));
    if (apart > 1) return;
    const key = (cs.perception === 'observable' ? 0 : 1000) + Math.hypot(at.x - cell.c, at.y - cell.r);
    found.push({ i, exact: apart === 0, key });
  });
  return found.sort((a, b) => a.key - b.key || a.i - b.i);
}

/** The live track drawn on `cell` (a visible one first), or undefined. */
function liveTrackOn(tracks: readonly Track[], cell: Cell): Track | undefined {
  const on = tracks.filter((t) => {
    const tc = cellOf(t);
    return !t.dropped && tc.c === cell.c && tc.r === cell.r;
  });
  return on.find((t) => t.visible) ?? on.at(-1);
}

/**
 * Marks what is at a clicked cell. In order: an untracked contact perceived on that cell; else the
 * live track drawn there (selected, not duplicated); else an untracked contact perceived next to it;
 * else a tracked contact perceived there (its track is selected); else an empty track on the cell.
 */
function markCell(d: Draft, ref: unknown): Rejection | null {
  const cell = mapCell(d, ref);
  if (!cell) return reject('bad-cell', t('engine:target.badCell', { cell: String(ref) }));
  const near = perceivedNear(d, cell);
  const untracked = near.filter((n) => d.s.contacts[n.i].track === null);
  const onCell = untracked.find((n) => n.exact);
  if (onCell) {
    createTrack(d, onCell.i);
    return null;
  }
  const live = liveTrackOn(d.s.tracks, cell);
  if (live) return alreadyTracked(live.label, `what is on ${cellName(cell)}`);
  if (untracked.length > 0) {
    createTrack(d, untracked[0].i);
    return null;
  }
  const tracked = near.find((n) => d.s.contacts[n.i].track !== null);
  if (tracked) return alreadyTracked(d.s.contacts[tracked.i].track ?? '', `what is near ${cellName(cell)}`);
  createTrack(d, null, cell.c, cell.r);
  return null;
}

/** Creates the next track (T<n>) on contact i, or an empty one on cell (x, y) when i is null. */
function createTrack(d: Draft, i: number | null, x = 0, y = 0): void {
  const cs = i === null ? null : d.s.contacts[i];
  const at = cs ? perceivedAt(cs) : { x, y };
  const label = `T${d.s.tracks.length + 1}`;
  addTrack(d, {
    label,
    contact: cs?.id ?? null,
    createdMs: d.s.t,
    firstSeenMs: cs?.firstPerceivedMs ?? d.s.t,
    dropped: false,
    x: at.x,
    y: at.y,
    visible: cs?.perception === 'observable',
    lastSeenMs: cs?.lastObservedMs ?? d.s.t,
    classification: null,
    cues: cs ? { ...cs.seen } : {},
  });
  emit(d, { type: 'track-created', track: label, contact: cs?.id ?? null, cell: cellName(cellOf(at)) });
  if (i !== null) {
    contactW(d, i).track = label;
    refreshTrack(d, i);
  }
}
