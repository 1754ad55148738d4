/**
 * The class room's messages (Colyseus room messages, type name → payload), checked with zod on arrival.
 * Seat → server: `act`. Instructor → server: `start`, `pause`, `resume`, `fire`, `end`.
 * Server → seat: `welcome`, `clock`, `accepted`, `refused`, `ended`.
 * Server → instructor: `classInfo`, `console` (the whole console, at most twice a second), `consoleRow` (one seat's
 * row right after its action was accepted, so the console follows actions without waiting), `refused`, `ended`.
 */
import { z } from 'zod';
import type { Action } from '../engine/types';
import { isObject } from '../scenario/describe';
import { type ActionFile, actionSchema, idSchema } from '../scenario/schema';
import type { ConsoleContactRow, ConsoleSeatRow } from '../scoring/class/console';

/** A class's phase: waiting for Start, running, paused by the instructor, or over. */
export const PHASES = ['lobby', 'running', 'paused', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** The largest message the server reads (bytes of JSON); bigger ones are refused. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** Message type names. */
export const MSG = {
  act: 'act',
  start: 'start',
  pause: 'pause',
  resume: 'resume',
  fire: 'fire',
  end: 'end',
  welcome: 'welcome',
  clock: 'clock',
  accepted: 'accepted',
  refused: 'refused',
  ended: 'ended',
  classInfo: 'classInfo',
  console: 'console',
  consoleRow: 'consoleRow',
} as const;

/**
 * A seat's action as sent: an action-script entry WITHOUT `at` (the server gives it the seat's time).
 * `fire` is the instructor's, never a seat's.
 */
export const seatActionSchema = z.unknown().transform((value, ctx): Action => {
  if (!isObject(value) || 'at' in value || value.type === 'fire') {
    ctx.addIssue({ code: 'custom', message: 'an action is { "type": … } without "at"; a seat cannot fire injects' });
    return z.NEVER;
  }
  const parsed = actionSchema.safeParse({ ...value, at: 0 });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  const { at: _at, ...action } = parsed.data;
  return action as Action;
});

/** Seat → server: do this now. */
export const actMessageSchema = z.strictObject({ action: seatActionSchema });
export type ActMessage = z.input<typeof actMessageSchema>;

/** Instructor → server: fire an optional inject at every seat. */
export const fireMessageSchema = z.strictObject({ inject: idSchema });
export type FireMessage = z.infer<typeof fireMessageSchema>;

/** Instructor → server: start, pause, resume, end take no payload (an empty object or nothing). */
export const emptyMessageSchema = z.union([z.strictObject({}), z.undefined(), z.null()]);

/**
 * Server → seat, on every join and reconnection: everything the seat's mirror needs, and it REPLACES the mirror:
 * `replay(scenario, { seed, actions }, undefined, seatMs)`. An `accepted` with an `n` the mirror already has is ignored.
 */
export interface WelcomeMessage {
  seatId: string;
  /** Rejoins this seat after the reconnection window (keep it; never shown to others). */
  seatToken: string;
  name: string;
  code: string;
  scenarioText: string;
  seed: number;
  /** The seat's accepted actions so far, each with the `at` the server applied it at. */
  actions: ActionFile[];
  seatMs: number;
  phase: Phase;
}

/** Server → seat: the seat's scenario time (only ever moves forward) and the class phase. */
export interface ClockMessage {
  seatMs: number;
  phase: Phase;
}

/** Server → seat: the action was applied; `n` is its index in the seat's run, `action.at` the time it was applied at. */
export interface AcceptedMessage {
  n: number;
  action: ActionFile;
}

/** Why a message was refused besides the engine's own rejection codes. */
export type ProtocolRefusal = 'bad-message' | 'rate-limited' | 'too-big' | 'not-running' | 'not-allowed';

/** Server → seat or instructor: the message was not applied, and why. */
export interface RefusedMessage {
  /** The engine's rejection code (e.g. "not-observable") or a ProtocolRefusal. */
  code: string;
  message: string;
  /** The values the message names (inject, phase, command, sizes), so a client can word it in its own language. */
  args?: Record<string, string | number>;
}

/** Server → instructor, on join: the class as created. */
export interface ClassInfoMessage {
  code: string;
  scenarioText: string;
  seed: number;
  phase: Phase;
}

/** One seat's row of the live console, as `classConsole` (src/scoring/class/console.ts) computes it. */
export type SeatRow = ConsoleSeatRow;

/** The room's picture of one contact (instructor only), as `classConsole` computes it. */
export type ContactRow = ConsoleContactRow;

/** Server → instructor, at most twice a second: the live console. */
export interface ConsoleMessage {
  phase: Phase;
  classMs: number;
  seats: SeatRow[];
  contacts: ContactRow[];
}

/** Server → instructor, right after a seat's action was accepted: that seat's row (replace the row with its seatId). */
export interface ConsoleRowMessage {
  row: SeatRow;
}

/** Server → everyone: the class is over (seats are scored on their runs as recorded). */
export type EndedMessage = Record<string, never>;
