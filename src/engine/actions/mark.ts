/** Marking: turning a perceived contact (or a clicked cell) into a track. */
import { cellName, cellOf } from '../../scenario/grid';
import { refreshTrack } from '../contacts';
import { addTrack, contactW, type Draft, emit } from '../draft';
import type { Action, ContactState, Rejection } from '../types';
import { reject } from './reject';
import { mapCell } from './target';

/** Marks a contact by id (a scripted trainee) or the contact nearest a clicked cell. */
export function mark(d: Draft, a: Extract<Action, { type: 'mark' }>): Rejection | null {
  const hasContact = a.contact !== undefined && a.contact !== null;
  const hasCell = a.cell !== undefined && a.cell !== null;
  if (hasContact === hasCell) return reject('bad-target', 'mark needs exactly one of contact or cell');
  return hasContact ? markContact(d, a.contact) : markCell(d, a.cell);
}

function markContact(d: Draft, id: unknown): Rejection | null {
  const i = typeof id === 'string' ? d.p.contactIndex.get(id) : undefined;
  if (i === undefined) return reject('unknown-contact', `there is no contact "${String(id)}"`);
  const cs = d.s.contacts[i];
  if (!cs.active || cs.perception === 'none') return reject('not-observable', `${cs.id} cannot be seen or heard now`);
  if (cs.track !== null) return reject('already-tracked', `${cs.id} is already track ${cs.track}`);
  createTrack(d, i);
  return null;
}

/** Where the trainee perceives a contact: its position when observable, else its indication cell. */
function perceivedAt(cs: ContactState): { x: number; y: number } {
  const ic = cs.indicationCell;
  return cs.perception === 'observable' || ic === null ? { x: cs.x, y: cs.y } : { x: ic.c, y: ic.r };
}

function markCell(d: Draft, ref: unknown): Rejection | null {
  const cell = mapCell(d, ref);
  if (!cell) return reject('bad-cell', `"${String(ref)}" is not a cell on the map`);
  let best = -1;
  let bestKey = Number.POSITIVE_INFINITY;
  d.s.contacts.forEach((cs, i) => {
    if (!cs.active || cs.perception === 'none' || cs.track !== null) return;
    const at = perceivedAt(cs);
    const pc = cellOf(at);
    if (Math.max(Math.abs(pc.c - cell.c), Math.abs(pc.r - cell.r)) > 1) return;
    const key = (cs.perception === 'observable' ? 0 : 1000) + Math.hypot(at.x - cell.c, at.y - cell.r);
    if (key < bestKey) {
      bestKey = key;
      best = i;
    }
  });
  if (best >= 0) {
    createTrack(d, best);
    return null;
  }
  const taken = d.s.contacts.find((cs) => {
    const pc = cellOf(cs);
    return cs.active && cs.perception === 'observable' && cs.track !== null && pc.c === cell.c && pc.r === cell.r;
  });
  if (taken) return reject('already-tracked', `the contact on ${cellName(cell)} is already track ${taken.track}`);
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
    x: at.x,
    y: at.y,
    visible: cs?.perception === 'observable',
    lastSeenMs: d.s.t,
    classification: null,
    cues: {},
  });
  emit(d, { type: 'track-created', track: label, contact: cs?.id ?? null, cell: cellName(cellOf(at)) });
  if (i !== null) {
    contactW(d, i).track = label;
    refreshTrack(d, i);
  }
}
