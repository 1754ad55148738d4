/** The classroom's part of the session: this browser's role in a class (a seat or the instructor) and what it knows. */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { ConsoleMessage, Phase } from '../../protocol';
import type { Scenario } from '../../scenario/model';
import type { ActionScriptFile } from '../../scenario/schema';
import type { ClassDebrief, SeatResult } from '../../scoring/class/debrief';

/** The link to the server: joining, up, dropped (the SDK is retrying), or gone for good. */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'lost';

/** A seat in a class: this browser plays in it. */
export interface SeatState {
  code: string;
  name: string;
  seatId: string;
  phase: Phase;
  connection: Connection;
}

/** One seat of an ended class, as the server scored it. */
export interface ClassSeat extends SeatResult {
  seatId: string;
  run: ActionScriptFile;
}

/** An ended class's results, and the hot wash built from them. */
export interface ClassResultsView {
  seats: ClassSeat[];
  debrief: ClassDebrief;
  /** Wall-clock epoch ms the results were fetched (the xAPI statements' finish time). */
  fetchedMs: number;
}

/** The instructor's class: its code and key, the scenario, the phase and the latest console. */
export interface InstructorState {
  code: string;
  key: string;
  scenarioText: string;
  scenario: Scenario;
  hash: string;
  phase: Phase;
  connection: Connection;
  console: ConsoleMessage | null;
  results: ClassResultsView | null;
}

export interface ClassroomState {
  seat: SeatState | null;
  /** Why joining failed (unknown or ended code, bad name, no server), shown on the join screen. */
  joinError: string | null;
  instructor: InstructorState | null;
  /** Why creating a class failed: the scenario's problems as the CLI prints them, or one message. */
  createProblems: string[] | null;
  /** A class message refused by the server, shown to the instructor. */
  instructorError: string | null;
}

/** The classroom state before any class. */
export function initialClassroom(): ClassroomState {
  return { seat: null, joinError: null, instructor: null, createProblems: null, instructorError: null };
}

/** The app's classroom store. */
export const classroom = createStore<ClassroomState>()(subscribeWithSelector(() => initialClassroom()));
