/** This browser as the instructor's console: create a class, control it, watch it, and fetch the results at the end. */
import { Client, type Room } from '@colyseus/sdk';
import { onLanguageChange, t } from '../../i18n';
import {
  type ClassInfoMessage,
  type ConsoleMessage,
  type ConsoleRowMessage,
  MSG,
  type RefusedMessage,
} from '../../protocol';
import { hashScenario, parseScenario } from '../../scenario';
import { localizeScenario } from '../../scenario/translations';
import type { ScoreCard } from '../../scoring/types';
import { shown } from '../localize';
import { session } from '../session';
import { sessionStore } from '../storage';
import { keepAddress } from './address';
import { ApiError, createClass, fetchResults, reserve } from './api';
import { classResultsView } from './results';
import { type Connection, classroom } from './state';
import { refusalText } from './wording';

/** Where the console keeps its class's code and key, so a reload keeps control (cleared when the tab closes). */
export const INSTRUCTOR_KEY = 'skywatch.class.instructor';

let room: Room | null = null;
let loading = false;

function remember(v: { code: string; key: string } | null): void {
  try {
    if (v) sessionStore()?.setItem(INSTRUCTOR_KEY, JSON.stringify(v));
    else sessionStore()?.removeItem(INSTRUCTOR_KEY);
  } catch {
    // Without session storage the console works; a reload loses control of the class.
  }
}

function remembered(): { code: string; key: string } | null {
  try {
    const v = JSON.parse(sessionStore()?.getItem(INSTRUCTOR_KEY) ?? 'null') as { code?: unknown; key?: unknown } | null;
    return v && typeof v.code === 'string' && typeof v.key === 'string' ? { code: v.code, key: v.key } : null;
  } catch {
    return null;
  }
}

function patch(change: Partial<NonNullable<ReturnType<typeof classroom.getState>['instructor']>>): void {
  const ins = classroom.getState().instructor;
  if (ins) classroom.setState({ instructor: { ...ins, ...change } });
}

function setConnection(connection: Connection): void {
  patch({ connection });
}

function onInfo(code: string, key: string, info: ClassInfoMessage): void {
  const parsed = parseScenario(info.scenarioText);
  if (!parsed.ok) {
    classroom.setState({ instructorError: t('classroom:console.unreadable') });
    return;
  }
  const ins = classroom.getState().instructor;
  classroom.setState({
    instructor: {
      code,
      key,
      scenarioText: info.scenarioText,
      scenario: shown(parsed.value),
      hash: hashScenario(info.scenarioText),
      phase: info.phase,
      connection: 'connected',
      console: ins?.code === code ? ins.console : null,
      results: ins?.code === code ? ins.results : null,
    },
  });
  if (info.phase === 'ended') void loadResults();
}

function onConsole(m: ConsoleMessage): void {
  const ins = classroom.getState().instructor;
  if (!ins) return;
  classroom.setState({ instructor: { ...ins, console: m, phase: m.phase } });
  if (m.phase === 'ended' && !ins.results) void loadResults();
}

/** One seat's row, sent right after its action was accepted: it replaces that seat's row in the console. */
function onRow(m: ConsoleRowMessage): void {
  const ins = classroom.getState().instructor;
  if (!ins?.console) return;
  const seats = ins.console.seats.map((s) => (s.seatId === m.row.seatId ? m.row : s));
  classroom.setState({ instructor: { ...ins, console: { ...ins.console, seats } } });
}

// The console shows the class's scenario in the instructor's language (the server runs and scores the file as written).
onLanguageChange((language) => {
  const ins = classroom.getState().instructor;
  if (ins) classroom.setState({ instructor: { ...ins, scenario: localizeScenario(ins.scenario, language) } });
});

/** Opens the console of a class (after creating it, or after a reload) with its instructor key. */
export async function openConsole(code: string, key: string): Promise<void> {
  classroom.setState({ instructorError: null });
  try {
    const reservation = await reserve<Parameters<Client['consumeSeatReservation']>[0]>(code, {
      role: 'instructor',
      key,
    });
    const r = await new Client(location.origin).consumeSeatReservation(reservation);
    room = r;
    remember({ code, key });
    keepAddress('?classroom=instructor');
    r.onMessage(MSG.classInfo, (info: ClassInfoMessage) => onInfo(code, key, info));
    r.onMessage(MSG.console, onConsole);
    r.onMessage(MSG.consoleRow, onRow);
    r.onMessage(MSG.refused, (m: RefusedMessage) => classroom.setState({ instructorError: refusalText(m) }));
    r.onMessage(MSG.ended, () => {
      patch({ phase: 'ended' });
      void loadResults();
    });
    r.onDrop(() => setConnection('reconnecting'));
    r.onReconnect(() => setConnection('connected'));
    r.onLeave(() => {
      if (room === r) setConnection('lost');
    });
  } catch (e) {
    if (e instanceof ApiError && e.status === 410) {
      await openEnded(code, key);
      return;
    }
    if (e instanceof ApiError && (e.status === 401 || e.status === 404)) remember(null);
    classroom.setState({ instructorError: e instanceof Error ? e.message : String(e) });
  }
}

/** A class that has ended (the console reloaded after End): straight to its results. */
async function openEnded(code: string, key: string): Promise<void> {
  try {
    const res = await fetchResults<ScoreCard>(code, key);
    onInfo(code, key, { code, scenarioText: res.scenarioText, seed: res.seed, phase: 'ended' });
  } catch (e) {
    classroom.setState({ instructorError: e instanceof Error ? e.message : String(e) });
  }
}

/** Creates a class from a scenario's text and opens its console; the server's problems are shown as the CLI prints them. */
export async function startClass(text: string): Promise<void> {
  classroom.setState({ createProblems: null, instructorError: null });
  try {
    const { code, key } = await createClass(text);
    await openConsole(code, key);
  } catch (e) {
    const problems =
      e instanceof ApiError && e.problems.length ? e.problems : [e instanceof Error ? e.message : String(e)];
    classroom.setState({ createProblems: problems });
  }
}

/** After a reload of the console: reopens the class it controlled; false when there is none. */
export async function resumeConsole(): Promise<boolean> {
  const v = remembered();
  if (!v) return false;
  await openConsole(v.code, v.key);
  return room !== null;
}

/** Sends an instructor command (start, pause, resume, end). */
export function command(type: 'start' | 'pause' | 'resume' | 'end'): void {
  room?.send(MSG[type], {});
}

/** Fires an optional inject at every seat at once. */
export function fireInject(inject: string): void {
  room?.send(MSG.fire, { inject });
}

/** Tries at fetching the results of a class the server has just ended (its last writes may be on their way). */
const RESULT_TRIES = 6;
const RESULT_RETRY_MS = 500;

/** Fetches every seat's run and score card and builds the class debrief; shows it. */
export async function loadResults(): Promise<void> {
  const ins = classroom.getState().instructor;
  if (!ins || loading) return;
  loading = true;
  try {
    let res = await fetchResults<ScoreCard>(ins.code, ins.key);
    for (let i = 1; i < RESULT_TRIES && res.phase !== 'ended'; i++) {
      await new Promise((r) => setTimeout(r, RESULT_RETRY_MS));
      res = await fetchResults<ScoreCard>(ins.code, ins.key);
    }
    patch({ phase: res.phase, results: classResultsView(ins.scenario, res.seats, Date.now()) });
    session.setState({ screen: 'classDebrief', notice: null });
  } catch (e) {
    classroom.setState({ instructorError: e instanceof Error ? e.message : String(e) });
  } finally {
    loading = false;
  }
}

/** Closes the console and forgets the class (a new class can be created). */
export function closeConsole(): void {
  const r = room;
  room = null;
  void r?.leave(true);
  remember(null);
  classroom.setState({ instructor: null, instructorError: null, createProblems: null });
  session.setState({ screen: 'console' });
}
