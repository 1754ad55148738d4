/** The run record (scenario id + hash, seed, actions) and its place in local storage. */
import type { Action } from '../engine/types';
import { actionScriptSchema } from '../scenario/schema';

/** An accepted action with the scenario time (seconds) it was applied at. */
export type RecordedAction = Action & { at: number };

export interface RunRecord {
  scenario: string;
  scenarioHash: string;
  seed: number;
  actions: RecordedAction[];
  /** Wall-clock epoch ms the run started and each action was applied (parallel to `actions`); older records lack it. */
  wallClock?: { startedMs: number; actionsMs: number[] };
}

/** Where the scenario of a saved run came from: a built-in file, or a file the trainee opened (kept whole). */
export type ScenarioSource = { kind: 'builtin'; id: string } | { kind: 'file'; name: string; text: string };

/** What is saved as play goes: the record, the moment reached, and the scenario's source. */
export interface SavedRun {
  version: 1;
  record: RunRecord;
  tMs: number;
  source: ScenarioSource;
}

export const RUN_KEY = 'skywatch.run';
const ASIDE_PREFIX = 'skywatch.run.aside.';

export type Loaded = { kind: 'none' } | { kind: 'ok'; saved: SavedRun } | { kind: 'bad'; reason: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseSource(v: unknown): ScenarioSource | null {
  if (!isObject(v)) return null;
  if (v.kind === 'builtin' && typeof v.id === 'string') return { kind: 'builtin', id: v.id };
  if (v.kind === 'file' && typeof v.name === 'string' && typeof v.text === 'string') {
    return { kind: 'file', name: v.name, text: v.text };
  }
  return null;
}

/** Reads a saved run from its stored text, or says what is wrong with it. */
export function parseSavedRun(text: string): { ok: true; saved: SavedRun } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!isObject(data) || data.version !== 1) return { ok: false, reason: 'it is not a Skywatch saved run (version 1)' };
  const source = parseSource(data.source);
  if (!source) return { ok: false, reason: 'it does not say which scenario it belongs to' };
  if (typeof data.tMs !== 'number' || !Number.isInteger(data.tMs) || data.tMs < 0) {
    return { ok: false, reason: 'its time "tMs" is not a whole number of milliseconds' };
  }
  const script = actionScriptSchema.safeParse(data.record);
  if (!script.success) {
    const issue = script.error.issues[0];
    return { ok: false, reason: `its record is malformed at /${issue.path.join('/')}: ${issue.message}` };
  }
  const record = data.record as RunRecord;
  if (typeof record.scenarioHash !== 'string' || typeof record.seed !== 'number') {
    return { ok: false, reason: 'its record has no scenario hash or seed' };
  }
  if (record.actions.some((a) => typeof a.at !== 'number')) {
    return { ok: false, reason: 'its actions carry times that are not numbers of seconds' };
  }
  return { ok: true, saved: { version: 1, record, tMs: data.tMs, source } };
}

/** Loads the saved run, if any; a record that cannot be read is reported, not deleted. */
export function loadSavedRun(storage: Storage): Loaded {
  const text = storage.getItem(RUN_KEY);
  if (text === null) return { kind: 'none' };
  const parsed = parseSavedRun(text);
  return parsed.ok ? { kind: 'ok', saved: parsed.saved } : { kind: 'bad', reason: parsed.reason };
}

/** Moves the saved run to a new "aside" key so nothing is lost; returns that key. */
export function setAsideSavedRun(storage: Storage): string | null {
  const text = storage.getItem(RUN_KEY);
  if (text === null) return null;
  let n = 1;
  while (storage.getItem(`${ASIDE_PREFIX}${n}`) !== null) n++;
  const key = `${ASIDE_PREFIX}${n}`;
  storage.setItem(key, text);
  storage.removeItem(RUN_KEY);
  return key;
}

/** Saves the run as it stands; returns false when storage refused (full or disabled). */
export function saveRun(storage: Storage, saved: SavedRun): boolean {
  try {
    storage.setItem(RUN_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the current run once it has ended and been scored. */
export function clearSavedRun(storage: Storage): void {
  storage.removeItem(RUN_KEY);
}

/** The downloadable action script for a run: the format's action script plus the scenario hash. */
export function actionScript(record: RunRecord): string {
  return `${JSON.stringify(
    { scenario: record.scenario, scenarioHash: record.scenarioHash, seed: record.seed, actions: record.actions },
    null,
    2,
  )}\n`;
}
