/** This browser as a seat in a class: joining, the server's messages, reconnection after a drop or a reload. */
import { Client, type Room } from '@colyseus/sdk';
import { t } from '../../i18n';
import {
  type AcceptedMessage,
  type ClockMessage,
  codeSchema,
  MSG,
  type RefusedMessage,
  seatJoinSchema,
  type WelcomeMessage,
} from '../../protocol';
import { session } from '../session';
import { sessionStore } from '../storage';
import { keepAddress } from './address';
import { reserve } from './api';
import { setSeatSender } from './link';
import { finishSeat, mirrorAccepted, mirrorClock, mirrorWelcome } from './mirror';
import { type Connection, classroom } from './state';
import { refusalText } from './wording';

/** Where a seat keeps what it needs to come back after a reload: cleared when the browser tab closes. */
export const SEAT_KEY = 'skywatch.class.seat';
/** How long a reconnected room may take to send its welcome before the seat rejoins with its seat token. */
const WELCOME_WAIT_MS = 4000;

interface StoredSeat {
  code: string;
  name: string;
  seatToken?: string;
  reconnectionToken?: string;
}

let room: Room | null = null;

function remember(seat: StoredSeat | null): void {
  const store = sessionStore();
  try {
    if (seat) store?.setItem(SEAT_KEY, JSON.stringify(seat));
    else store?.removeItem(SEAT_KEY);
  } catch {
    // A browser that refuses session storage still plays; only a reload loses the seat.
  }
}

function remembered(): StoredSeat | null {
  try {
    const raw = sessionStore()?.getItem(SEAT_KEY);
    const v = raw ? (JSON.parse(raw) as StoredSeat) : null;
    return v && typeof v.code === 'string' && typeof v.name === 'string' ? v : null;
  } catch {
    return null;
  }
}

function setConnection(connection: Connection): void {
  const seat = classroom.getState().seat;
  if (seat) classroom.setState({ seat: { ...seat, connection } });
}

function onWelcome(r: Room, w: WelcomeMessage): void {
  const seatToken = w.seatToken || remembered()?.seatToken;
  remember({ code: w.code, name: w.name, seatToken, reconnectionToken: r.reconnectionToken });
  classroom.setState({
    seat: { code: w.code, name: w.name, seatId: w.seatId, phase: w.phase, connection: 'connected' },
    joinError: null,
  });
  keepAddress(`?join=${w.code}`);
  const problem = mirrorWelcome(w);
  if (problem) session.setState({ notice: { kind: 'error', text: problem } });
  else if (w.phase === 'ended') finishSeat();
}

function onClock(c: ClockMessage): void {
  const seat = classroom.getState().seat;
  if (seat && seat.phase !== c.phase) classroom.setState({ seat: { ...seat, phase: c.phase } });
  mirrorClock(c);
  if (session.getState().engine?.ended && session.getState().screen === 'play') finishSeat();
}

function onEnded(): void {
  const seat = classroom.getState().seat;
  if (seat) classroom.setState({ seat: { ...seat, phase: 'ended' } });
  setSeatSender(null);
  remember(null);
  void room?.leave(true);
  room = null;
  finishSeat();
}

function attach(r: Room): void {
  room = r;
  setSeatSender((action) => {
    const phase = classroom.getState().seat?.phase;
    if (phase === 'running') {
      r.send(MSG.act, { action });
      return true;
    }
    const why =
      phase === 'paused'
        ? t('classroom:seat.paused')
        : phase === 'ended'
          ? t('classroom:seat.ended')
          : t('classroom:seat.lobby');
    session.setState({ notice: { kind: 'info', text: t('classroom:seat.notYet', { why }) } });
    return false;
  });
  r.onMessage(MSG.welcome, (w: WelcomeMessage) => onWelcome(r, w));
  r.onMessage(MSG.clock, onClock);
  r.onMessage(MSG.accepted, (m: AcceptedMessage) => {
    if (!mirrorAccepted(m)) void rejoin();
  });
  r.onMessage(MSG.refused, (m: RefusedMessage) =>
    session.setState({ notice: { kind: 'error', text: refusalText(m) } }),
  );
  r.onMessage(MSG.ended, onEnded);
  r.onDrop(() => setConnection('reconnecting'));
  r.onReconnect(() => {
    setConnection('connected');
    const stored = remembered();
    if (stored) remember({ ...stored, reconnectionToken: r.reconnectionToken });
  });
  r.onLeave(() => {
    if (room !== r) return;
    room = null;
    if (classroom.getState().seat?.phase !== 'ended') {
      setConnection('lost');
      void rejoin();
    }
  });
}

/** Joins a class with its code and the trainee's name; a problem is shown on the join screen. */
export async function joinClass(codeText: string, nameText: string, seatToken?: string): Promise<void> {
  const code = codeSchema.safeParse(codeText);
  const opts = seatJoinSchema.safeParse({ role: 'seat', name: nameText, ...(seatToken ? { seatToken } : {}) });
  if (!code.success || !opts.success) {
    const joinError = !code.success
      ? t('classroom:join.badCode')
      : opts.error?.issues[0]?.code === 'too_big'
        ? t('classroom:join.longName')
        : t('classroom:join.noName');
    classroom.setState({ joinError });
    return;
  }
  classroom.setState({
    joinError: null,
    seat: { code: code.data, name: opts.data.name, seatId: '', phase: 'lobby', connection: 'connecting' },
  });
  try {
    const reservation = await reserve<Parameters<Client['consumeSeatReservation']>[0]>(code.data, opts.data);
    attach(await new Client(location.origin).consumeSeatReservation(reservation));
    remember({ ...(remembered() ?? {}), code: code.data, name: opts.data.name });
  } catch (e) {
    classroom.setState({ seat: null, joinError: e instanceof Error ? e.message : String(e) });
    remember(null);
  }
}

/** After a reload: the Colyseus reconnection token first, then the seat token; false when there is no class to return to. */
export async function resumeSeat(): Promise<boolean> {
  const stored = remembered();
  if (!stored) return false;
  classroom.setState({
    seat: { code: stored.code, name: stored.name, seatId: '', phase: 'lobby', connection: 'connecting' },
  });
  if (stored.reconnectionToken) {
    try {
      const r = await new Client(location.origin).reconnect(stored.reconnectionToken);
      attach(r);
      const welcomed = await new Promise<boolean>((done) => {
        const off = classroom.subscribe(
          (s) => s.seat?.seatId,
          (id) => id && done(true),
        );
        setTimeout(() => {
          off();
          done(Boolean(classroom.getState().seat?.seatId));
        }, WELCOME_WAIT_MS);
      });
      if (welcomed) return true;
      room = null;
      await r.leave(true).catch(() => 0);
    } catch {
      // The reconnection window has passed: rejoin with the seat token below.
    }
  }
  await joinClass(stored.code, stored.name, stored.seatToken);
  return classroom.getState().seat !== null;
}

let rejoining = false;

/** Joins the same seat again (the mirror fell out of step, or the link was lost for good). */
async function rejoin(): Promise<void> {
  const stored = remembered();
  if (rejoining || !stored) return;
  rejoining = true;
  const old = room;
  room = null;
  await old?.leave(true).catch(() => 0);
  await joinClass(stored.code, stored.name, stored.seatToken);
  rejoining = false;
}
