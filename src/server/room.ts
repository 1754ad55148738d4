/**
 * One class = one Colyseus room, whose id is the join code. The room holds every seat's run of record
 * (SeatRun), moves the class clock, applies actions and instructor commands, and writes each accepted
 * action to the store before telling the seat.
 */
import { type Client, Room, ServerError } from '@colyseus/core';
import {
  type AcceptedMessage,
  actMessageSchema,
  type ClassInfoMessage,
  type ClockMessage,
  type ConsoleMessage,
  type ConsoleRowMessage,
  emptyMessageSchema,
  fireMessageSchema,
  joinOptionsSchema,
  MAX_MESSAGE_BYTES,
  MSG,
  type Phase,
  type ProtocolRefusal,
  type RefusedMessage,
  type WelcomeMessage,
} from '../protocol';
import { parseScenario } from '../scenario';
import type { Scenario } from '../scenario/model';
import { score } from '../scoring';
import { classConsole, seatRow } from '../scoring/class/console';
import { ClassClock } from './clock';
import { store } from './context';
import { Bucket, HARD_PER_SECOND } from './limits';
import { SeatRun } from './seat';
import { hashSecret, newSecret, secretMatches } from './secrets';
import type { ClassRecord } from './storage/store';

/** Server tick (wall ms): seats advance, clocks go out. */
export const TICK_WALL_MS = 250;
/** The full console goes to the instructor at most this often (ms). */
export const CONSOLE_EVERY_MS = 500;
/** Seconds a dropped connection may come back with Colyseus's reconnection token. */
export const RECONNECT_SECONDS = 60;
/** How often seats' lags are saved (ms). */
const SAVE_LAGS_EVERY_MS = 2000;
/** A room nobody has been connected to for this long is closed (its class stays stored; the next join restores it). */
export const IDLE_CLOSE_MS = 30 * 60_000;
/** How long an ended class's room stays up for late messages (ms). */
const LINGER_AFTER_END_MS = 5000;
/** Counts the bytes of a message as UTF-8 (a string's length counts UTF-16 units, not bytes). */
const UTF8 = new TextEncoder();

interface Seat {
  seatId: string;
  name: string;
  tokenHash: string;
  run: SeatRun;
  client: Client | null;
  /** Accepted actions not yet written (clocks wait for them so a mirror never runs past an action). */
  pending: number;
  sentMs: number;
  savedLagMs: number;
}

type Who = { role: 'seat'; seatId: string; token?: string } | { role: 'instructor' };

const refusal = (code: ProtocolRefusal | string, message: string, args?: RefusedMessage['args']): RefusedMessage =>
  args ? { code, message, args } : { code, message };

export class ClassRoom extends Room {
  override autoDispose = false;
  override maxClients = 500;
  override maxMessagesPerSecond = HARD_PER_SECOND;

  private record!: ClassRecord;
  private scenario!: Scenario;
  private classClock!: ClassClock;
  private seats = new Map<string, Seat>();
  private who = new Map<string, Who>();
  private buckets = new Map<string, Bucket>();
  private instructors = new Set<Client>();
  private writes: Promise<unknown> = Promise.resolve();
  private lastClassMs = 0;
  private lastConsoleMs = 0;
  private lastLagSaveMs = 0;
  private consoleDirty = true;
  private lastClientMs = Date.now();

  /** Loads the class `code` from the store and rebuilds every seat's run at its time. */
  override async onCreate(options: { code: string }) {
    this.roomId = options.code;
    const record = await store().getClass(options.code);
    if (!record) throw new ServerError(404, `no class ${options.code}`);
    if (record.phase === 'ended') throw new ServerError(410, `class ${options.code} has ended`);
    const parsed = parseScenario(record.scenarioText);
    if (!parsed.ok) throw new ServerError(500, `class ${options.code}: its scenario no longer parses`);
    this.record = record;
    this.scenario = parsed.value;
    this.classClock = new ClassClock(record);
    const now = Date.now();
    this.lastClassMs = this.classClock.at(now);
    const [seats, actions] = await Promise.all([store().seats(record.code), store().actions(record.code)]);
    for (const s of seats) {
      const run = new SeatRun(this.scenario, record.seed, actions.get(s.seatId) ?? [], this.lastClassMs - s.lagMs);
      this.seats.set(s.seatId, { ...s, run, client: null, pending: 0, sentMs: run.ms, savedLagMs: s.lagMs });
    }
    this.onMessage('*', (client: Client, type: string | number, message: unknown) =>
      this.receive(client, String(type), message),
    );
    this.clock.setInterval(() => this.tick(), TICK_WALL_MS);
  }

  /** Checks the join options, the instructor key or the seat token; returns who the client is. */
  override async onAuth(_client: Client, options: unknown): Promise<Who> {
    const parsed = joinOptionsSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, parsed.error.issues.map((i) => i.message).join('; '));
    if (this.classClock.phase === 'ended') throw new ServerError(410, `Class ${this.record.code} has ended.`);
    const o = parsed.data;
    if (o.role === 'instructor') {
      if (!secretMatches(o.key, this.record.keyHash)) throw new ServerError(401, 'wrong instructor key');
      return { role: 'instructor' };
    }
    if (o.seatToken !== undefined) {
      const seat = [...this.seats.values()].find((s) => secretMatches(o.seatToken ?? '', s.tokenHash));
      if (!seat) throw new ServerError(403, 'this seat token is not one of this class — join with your name instead');
      return { role: 'seat', seatId: seat.seatId, token: o.seatToken };
    }
    const seatId = `s${this.seats.size + 1}`;
    const token = newSecret();
    const run = new SeatRun(this.scenario, this.record.seed);
    const seat: Seat = {
      seatId,
      name: o.name,
      tokenHash: hashSecret(token),
      run,
      client: null,
      pending: 0,
      sentMs: 0,
      savedLagMs: 0,
    };
    this.seats.set(seatId, seat);
    await store().addSeat(this.record.code, { seatId, name: o.name, tokenHash: seat.tokenHash, lagMs: 0 });
    return { role: 'seat', seatId, token };
  }

  override async onJoin(client: Client, _options: unknown, auth: Who) {
    this.who.set(client.sessionId, auth);
    this.buckets.set(client.sessionId, new Bucket(Date.now()));
    await this.greet(client, auth);
  }

  override onDrop(client: Client) {
    this.disconnected(client);
    this.allowReconnection(client, RECONNECT_SECONDS);
  }

  override async onReconnect(client: Client) {
    const who = this.who.get(client.sessionId);
    if (who) await this.greet(client, who);
  }

  override onLeave(client: Client) {
    this.disconnected(client);
    this.who.delete(client.sessionId);
    this.buckets.delete(client.sessionId);
  }

  /** Saves the seats' lags as the room goes (a restart resumes from them). */
  override async onDispose() {
    await this.writes.catch(() => {});
    await this.saveLags(true).catch(() => {});
  }

  /** Sends a joining or returning client what it needs: a seat its welcome, the instructor the class and console. */
  private async greet(client: Client, who: Who): Promise<void> {
    if (who.role === 'instructor') {
      this.instructors.add(client);
      const info: ClassInfoMessage = {
        code: this.record.code,
        scenarioText: this.record.scenarioText,
        seed: this.record.seed,
        phase: this.classClock.phase,
      };
      client.send(MSG.classInfo, info);
      client.send(MSG.console, this.console());
      return;
    }
    const seat = this.seats.get(who.seatId);
    if (!seat) return;
    if (seat.client && seat.client !== client) seat.client.leave(4001, 'this seat was opened somewhere else');
    seat.client = client;
    this.consoleDirty = true;
    await this.writes.catch(() => {});
    const token = who.token ?? '';
    const welcome: WelcomeMessage = {
      seatId: seat.seatId,
      seatToken: token,
      name: seat.name,
      code: this.record.code,
      scenarioText: this.record.scenarioText,
      seed: this.record.seed,
      actions: [...seat.run.actions],
      seatMs: seat.run.ms,
      phase: this.classClock.phase,
    };
    seat.sentMs = seat.run.ms;
    client.send(MSG.welcome, welcome);
  }

  private disconnected(client: Client): void {
    this.instructors.delete(client);
    for (const seat of this.seats.values()) {
      if (seat.client === client) {
        seat.client = null;
        this.consoleDirty = true;
      }
    }
  }

  /** Every message: bounded in size and rate, checked with the protocol's schemas, refused with a reason. */
  private receive(client: Client, type: string, message: unknown): void {
    const who = this.who.get(client.sessionId);
    const refuse = (code: ProtocolRefusal | string, text: string, args?: RefusedMessage['args']) =>
      client.send(MSG.refused, refusal(code, text, args));
    if (!who) return;
    if (!this.buckets.get(client.sessionId)?.take(Date.now())) {
      refuse('rate-limited', 'too many messages: slow down (at most 10 a second)');
      return;
    }
    const size = UTF8.encode(JSON.stringify(message ?? null) ?? '').byteLength;
    if (size > MAX_MESSAGE_BYTES) {
      refuse('too-big', `a message is at most ${MAX_MESSAGE_BYTES} bytes (this one: ${size})`, {
        max: MAX_MESSAGE_BYTES,
        size,
      });
      return;
    }
    if (who.role === 'seat') {
      if (type !== MSG.act) refuse('not-allowed', `a seat sends only "act" messages, not "${type}"`, { type });
      else this.act(client, who.seatId, message);
      return;
    }
    if (type === MSG.fire) this.fire(client, message);
    else if (type === MSG.start || type === MSG.pause || type === MSG.resume || type === MSG.end) {
      if (!emptyMessageSchema.safeParse(message).success) refuse('bad-message', `"${type}" takes no payload`);
      else this.command(client, type);
    } else refuse('bad-message', `unknown message "${type}"`);
  }

  private act(client: Client, seatId: string, message: unknown): void {
    const seat = this.seats.get(seatId);
    if (!seat) return;
    const parsed = actMessageSchema.safeParse(message);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
      client.send(MSG.refused, refusal('bad-message', why.join('; ')));
      return;
    }
    if (this.classClock.phase !== 'running') {
      const why =
        this.classClock.phase === 'paused'
          ? 'the class is paused'
          : this.classClock.phase === 'lobby'
            ? 'the class has not started'
            : 'the class has ended';
      client.send(MSG.refused, refusal('not-running', why, { phase: this.classClock.phase }));
      return;
    }
    const result = seat.run.act(parsed.data.action);
    if (!result.ok) {
      client.send(MSG.refused, refusal(result.rejection.rejected, result.rejection.message));
      return;
    }
    this.commit(seat, result.n, result.recorded, true);
  }

  /** Writes an accepted action (in order), then tells the seat and the console. */
  private commit(seat: Seat, n: number, action: AcceptedMessage['action'], rowNow: boolean): void {
    seat.pending++;
    this.consoleDirty = true;
    this.writes = this.writes
      .then(() => store().addAction(this.record.code, seat.seatId, n, action))
      .then(
        () => {
          seat.pending--;
          const accepted: AcceptedMessage = { n, action };
          seat.client?.send(MSG.accepted, accepted);
          if (rowNow && this.instructors.size > 0) {
            const row: ConsoleRowMessage = { row: this.row(seat) };
            for (const c of this.instructors) c.send(MSG.consoleRow, row);
          }
        },
        (e: unknown) => {
          seat.pending--;
          console.error(`class ${this.record.code}: could not store action ${n} of ${seat.seatId}:`, e);
          seat.client?.leave(4500, 'the server could not store your action; rejoin');
        },
      );
  }

  private fire(client: Client, message: unknown): void {
    const parsed = fireMessageSchema.safeParse(message);
    if (!parsed.success) {
      client.send(MSG.refused, refusal('bad-message', parsed.error.issues.map((i) => i.message).join('; ')));
      return;
    }
    if (this.classClock.phase !== 'running' && this.classClock.phase !== 'paused') {
      client.send(
        MSG.refused,
        refusal('not-running', 'fire injects while the class runs or is paused', { phase: this.classClock.phase }),
      );
      return;
    }
    const inject = this.scenario.injects.find((i) => i.id === parsed.data.inject);
    if (!inject?.optional) {
      const why = inject
        ? `inject "${inject.id}" is not optional: it fires by itself`
        : `no inject "${parsed.data.inject}"`;
      client.send(
        MSG.refused,
        refusal(inject ? 'not-optional' : 'unknown-inject', why, { inject: parsed.data.inject }),
      );
      return;
    }
    let fired = 0;
    for (const seat of this.seats.values()) {
      const result = seat.run.act({ type: 'fire', inject: inject.id });
      if (result.ok) {
        fired++;
        this.commit(seat, result.n, result.recorded, false);
      }
    }
    if (fired === 0)
      client.send(
        MSG.refused,
        refusal('already-fired', `inject "${inject.id}" fired at no seat (already fired or runs over)`, {
          inject: inject.id,
        }),
      );
  }

  private command(client: Client, type: string): void {
    const from: Record<string, Phase[]> = {
      start: ['lobby'],
      pause: ['running'],
      resume: ['paused'],
      end: ['lobby', 'running', 'paused'],
    };
    const to: Record<string, Phase> = { start: 'running', pause: 'paused', resume: 'running', end: 'ended' };
    if (!from[type]?.includes(this.classClock.phase)) {
      client.send(
        MSG.refused,
        refusal('bad-phase', `cannot ${type} a class that is ${this.classClock.phase}`, {
          command: type,
          phase: this.classClock.phase,
        }),
      );
      return;
    }
    this.setPhase(to[type]);
  }

  /** Moves the class to `phase` now, stores the clock, then tells everyone (so what they hear is on record). */
  private setPhase(phase: Phase): void {
    const now = Date.now();
    this.advanceSeats(now);
    const clock = this.classClock.set(phase, now);
    this.consoleDirty = true;
    if (phase === 'ended') void this.lock();
    this.writes = this.writes
      .then(() => store().setClock(this.record.code, clock))
      .catch((e: unknown) => console.error(`class ${this.record.code}: could not store the clock:`, e))
      .then(() => {
        for (const seat of this.seats.values()) this.sendClock(seat, true);
        if (phase === 'ended') {
          this.broadcast(MSG.ended, {});
          this.clock.setTimeout(() => void this.disconnect(), LINGER_AFTER_END_MS);
        }
        this.sendConsole(Date.now());
      });
  }

  /** Seats follow the class clock up to wall time `now`. */
  private advanceSeats(now: number): void {
    const classMs = this.classClock.at(now);
    const dt = classMs - this.lastClassMs;
    this.lastClassMs = classMs;
    if (dt <= 0) return;
    for (const seat of this.seats.values()) if (seat.run.follow(classMs, dt)) this.consoleDirty = true;
  }

  private tick(): void {
    const now = Date.now();
    if (this.clients.length > 0) this.lastClientMs = now;
    else if (now - this.lastClientMs > IDLE_CLOSE_MS) {
      this.lastClientMs = now;
      void this.disconnect();
      return;
    }
    if (this.classClock.phase !== 'running') {
      if (this.consoleDirty && now - this.lastConsoleMs >= CONSOLE_EVERY_MS) this.sendConsole(now);
      return;
    }
    this.advanceSeats(now);
    for (const seat of this.seats.values()) this.sendClock(seat, false);
    if (this.seats.size > 0 && [...this.seats.values()].every((s) => s.run.done)) {
      this.setPhase('ended');
      return;
    }
    if (now - this.lastConsoleMs >= CONSOLE_EVERY_MS) this.sendConsole(now);
    if (now - this.lastLagSaveMs >= SAVE_LAGS_EVERY_MS) {
      this.lastLagSaveMs = now;
      void this.saveLags(false);
    }
  }

  private sendClock(seat: Seat, always: boolean): void {
    if (!seat.client || seat.pending > 0 || (!always && seat.run.ms === seat.sentMs)) return;
    seat.sentMs = seat.run.ms;
    const msg: ClockMessage = { seatMs: seat.run.ms, phase: this.classClock.phase };
    seat.client.send(MSG.clock, msg);
  }

  private row(seat: Seat) {
    return seatRow(
      { ...seat, connected: seat.client !== null, state: seat.run.state },
      score(this.scenario, seat.run.state, seat.run.state.frozenProbe),
    );
  }

  /** The full console now. */
  console(): ConsoleMessage {
    const seats = [...this.seats.values()].map((s) => ({
      seatId: s.seatId,
      name: s.name,
      connected: s.client !== null,
      state: s.run.state,
    }));
    const c = classConsole(this.scenario, seats);
    return { phase: this.classClock.phase, classMs: this.lastClassMs, seats: c.seats, contacts: c.contacts };
  }

  private sendConsole(now: number): void {
    this.lastConsoleMs = now;
    if (this.instructors.size === 0 || !this.consoleDirty) return;
    this.consoleDirty = false;
    const msg = this.console();
    for (const c of this.instructors) c.send(MSG.console, msg);
  }

  /** Saves each seat's lag behind the class clock when it changed by a second or more (or `all`). */
  private async saveLags(all: boolean): Promise<void> {
    const classMs = this.classClock.at(Date.now());
    const lags = [...this.seats.values()].flatMap((s) => {
      const lagMs = Math.max(0, classMs - s.run.ms);
      if (!all && Math.abs(lagMs - s.savedLagMs) < 1000) return [];
      s.savedLagMs = lagMs;
      return [{ seatId: s.seatId, lagMs }];
    });
    await store()
      .setLags(this.record.code, lags)
      .catch((e: unknown) => console.error('could not save lags:', e));
  }
}
