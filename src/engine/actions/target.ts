/** Which track an action names: by contact (newest track on it), by label ("T2"), or by cell (newest track there). */
import { t } from '../../i18n';
import { cellOf, parseCell } from '../../scenario/grid';
import type { Cell } from '../../scenario/model';
import { type Draft, trackIndex } from '../draft';
import type { Rejection } from '../types';
import { reject } from './reject';

/** The cell for a cell string if it is on the map, else null. */
export function mapCell(d: Draft, ref: unknown): Cell | null {
  const cell = typeof ref === 'string' ? parseCell(ref) : null;
  return cell && cell.c < d.p.cols && cell.r < d.p.rows ? cell : null;
}

/** The index of the track named by exactly one of contact, track or cell; or why there is none. */
export function resolveTrack(d: Draft, a: { contact?: unknown; track?: unknown; cell?: unknown }): number | Rejection {
  const given = [a.contact, a.track, a.cell].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1) return reject('bad-target', t('engine:target.oneOf'));
  const tracks = d.s.tracks;
  if (a.contact !== undefined && a.contact !== null) {
    if (typeof a.contact !== 'string' || !d.p.contactIndex.has(a.contact)) {
      return reject('unknown-contact', t('engine:target.unknownContact', { contact: String(a.contact) }));
    }
    const i = lastIndex(tracks, (t) => t.contact === a.contact);
    return i >= 0 ? i : reject('no-track', t('engine:target.notMarked', { contact: a.contact }));
  }
  if (a.track !== undefined && a.track !== null) {
    const i = typeof a.track === 'string' ? trackIndex(d, a.track) : -1;
    return i >= 0 ? i : reject('unknown-track', t('engine:target.unknownTrack', { track: String(a.track) }));
  }
  const cell = mapCell(d, a.cell);
  if (!cell) return reject('bad-cell', t('engine:target.badCell', { cell: String(a.cell) }));
  const i = lastIndex(tracks, (t) => {
    const tc = cellOf(t);
    return tc.c === cell.c && tc.r === cell.r;
  });
  return i >= 0 ? i : reject('no-track', t('engine:target.noTrackOn', { cell: String(a.cell) }));
}

function lastIndex<T>(items: T[], match: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i])) return i;
  return -1;
}
