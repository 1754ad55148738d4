/** A class seat's status line over the play screen: which class, and whether it waits, runs, is paused or reconnecting. */
import { t } from '../../i18n';
import type { SeatState } from '../../store/classroom/state';
import { classroom } from '../../store/classroom/state';
import { session } from '../../store/session';
import { h } from '../dom';

/** What a seat is told about the class's state, in plain words. */
export function seatStatus(seat: SeatState, frozen: boolean): string {
  if (seat.connection === 'reconnecting' || seat.connection === 'lost') return t('classroom:seat.lost');
  if (seat.connection === 'connecting') return t('classroom:seat.joining');
  if (seat.phase === 'lobby') return t('classroom:seat.lobby');
  if (seat.phase === 'paused') return t('classroom:seat.paused');
  if (seat.phase === 'ended') return t('classroom:seat.ended');
  return frozen ? t('classroom:seat.frozen') : t('classroom:seat.running');
}

/** Mounts the seat's status line (nothing in solo play); returns a function that unsubscribes it. */
export function mountSeatBar(root: HTMLElement): () => void {
  const who = h('span', { class: 'seat-who' });
  const status = h('strong', { class: 'seat-status', role: 'status', 'aria-live': 'polite' });
  const bar = h('div', { class: 'seat-bar' }, who, status);
  root.append(bar);
  const draw = () => {
    const seat = classroom.getState().seat;
    bar.hidden = seat === null;
    if (!seat) return;
    who.textContent = t('classroom:seat.who', { code: seat.code, name: seat.name });
    status.textContent = seatStatus(seat, (session.getState().engine?.frozenProbe ?? null) !== null);
    bar.dataset.phase = seat.phase;
  };
  draw();
  const offs = [classroom.subscribe(draw), session.subscribe((s) => s.engine?.frozenProbe, draw)];
  return () => {
    for (const off of offs) off();
  };
}
