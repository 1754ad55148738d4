/** The classroom's HTTP API (express on the Colyseus port): request bodies and answers. */
import { z } from 'zod';
import type { ActionScriptFile } from '../scenario/schema';
import type { Phase } from './messages';

/** The largest scenario text a class is created from (bytes). */
export const MAX_SCENARIO_BYTES = 512 * 1024;

/** `POST /api/classes` body: the scenario's text (JSON or JSONC), and optionally a seed. */
export const createClassSchema = z.strictObject({
  scenario: z.string().min(1).max(MAX_SCENARIO_BYTES),
  seed: z.number().int().optional(),
});
export type CreateClassRequest = z.infer<typeof createClassSchema>;

/** 201 answer to `POST /api/classes`: the join code and the instructor key (keep it secret). */
export interface CreateClassResponse {
  code: string;
  key: string;
}

/** 400 answer: the CLI's problem lines ("FILE:LINE:COL /pointer message"). */
export interface ProblemsResponse {
  problems: string[];
}

/** Why a request failed, as a code a client can word in its own language (the `error` text is English). */
export type ErrorReason =
  | 'bad-code'
  | 'unknown-class'
  | 'ended-class'
  | 'bad-body'
  | 'bad-join'
  | 'wrong-key'
  | 'no-seat'
  | 'broken-scenario'
  | 'server-failed'
  | 'no-api'
  | 'too-large'
  | 'bad-request';

/** 404 / 410 / 401 / 400 answer with a message for people, and (since the Spanish UI) its reason as a code. */
export interface ErrorResponse {
  error: string;
  reason?: ErrorReason;
}

/** One seat of `GET /api/classes/:code/results`; `card` is the scoring's ScoreCard (protocol does not import scoring). */
export interface SeatResult<Card = unknown> {
  seatId: string;
  name: string;
  run: ActionScriptFile;
  card: Card;
}

/** `GET /api/classes/:code/results` (Authorization: Bearer KEY). */
export interface ClassResults<Card = unknown> {
  code: string;
  scenarioText: string;
  seed: number;
  phase: Phase;
  seats: SeatResult<Card>[];
}

/** The message for a code with no class. */
export const unknownClassText = (code: string): string =>
  `No class with code ${code} — check the code with your instructor.`;
/** The message for an ended class. */
export const endedClassText = (code: string): string => `Class ${code} has ended.`;
