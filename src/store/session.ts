/** The live session: one zustand vanilla store that the scenes and DOM panels subscribe to. */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { State } from '../engine/types';
import { onLanguageChange } from '../i18n';
import type { Cell, Scenario } from '../scenario/model';
import type { ScoreCard } from '../scoring/types';
import { relocalized } from './localize';
import type { RunRecord, SavedRun, ScenarioSource } from './runRecord';
import { DEFAULT_SETTINGS, type Settings, type Speed } from './settings';

/** The app's screens; `join`, `console` and `classDebrief` belong to the classroom, `studio` to the authoring studio. */
export type Screen = 'library' | 'briefing' | 'play' | 'debrief' | 'join' | 'console' | 'classDebrief' | 'studio';

/** A scenario ready to brief and play. */
export interface LoadedScenario {
  scenario: Scenario;
  hash: string;
  source: ScenarioSource;
}

/** A built-in scenario in the library. */
export interface LibraryEntry extends LoadedScenario {
  file: string;
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Several messages at once (e.g. every problem found on loading), listed under the text. */
  items?: string[];
}

/** A saved run that can be resumed, with its scenario. */
export interface UnfinishedRun {
  saved: SavedRun;
  loaded: LoadedScenario;
}

export interface Session {
  screen: Screen;
  library: LibraryEntry[];
  /** Problems with built-in scenario files, as the CLI prints them. */
  libraryProblems: string[];
  /** A scenario file the trainee opened that did not load: its problems, as the CLI prints them, and its text (to fix it in the studio). */
  fileProblems: { name: string; lines: string[]; text?: string } | null;
  current: LoadedScenario | null;
  engine: State | null;
  /** The engine state one tick before `engine`, for smooth movement between ticks. */
  prev: State | null;
  record: RunRecord | null;
  speed: Speed;
  paused: boolean;
  /** Extra wall-clock multiplier from the `?speed=N` URL parameter (tests and demos); 1 normally. */
  timeScale: number;
  selectedTrack: string | null;
  /** The keyboard map cursor. */
  cursor: Cell;
  reportOpen: boolean;
  helpOpen: boolean;
  /** The facilitator view (ground truth, instructor notes, injects) is shown over play. */
  facilitator: boolean;
  /** Index (in engine.reports) of the report filed last from the form. */
  lastReport: number | null;
  /** Discussion prompts the trainee chose not to answer. */
  skippedDiscussions: string[];
  /** "Skip to end" is under way: it stopped at a probe and carries on once the probe is answered. */
  skipping: boolean;
  notice: Notice | null;
  /** Saved runs not yet finished, offered in the library, most recently saved first. */
  unfinished: UnfinishedRun[];
  settings: Settings;
  scoreCard: ScoreCard | null;
}

/** The session as it is before anything is loaded. */
export function initialSession(): Session {
  return {
    screen: 'library',
    library: [],
    libraryProblems: [],
    fileProblems: null,
    current: null,
    engine: null,
    prev: null,
    record: null,
    speed: 1,
    paused: false,
    timeScale: 1,
    selectedTrack: null,
    cursor: { c: 0, r: 0 },
    reportOpen: false,
    helpOpen: false,
    facilitator: false,
    lastReport: null,
    skippedDiscussions: [],
    skipping: false,
    notice: null,
    unfinished: [],
    settings: DEFAULT_SETTINGS,
    scoreCard: null,
  };
}

/** Creates a session store (the app uses one; tests make their own). */
export function createSessionStore() {
  return createStore<Session>()(subscribeWithSelector(() => initialSession()));
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The app's session store. */
export const session: SessionStore = createSessionStore();

onLanguageChange((language) => session.setState((s) => relocalized(s, language)));
