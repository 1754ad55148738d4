/** The run record (scenario id + hash, seed, actions), saved runs, and each run's own place in local storage. */

import { z } from 'zod';
import type { Action } from '../engine/types';
import { t } from '../i18n';
import { actionScriptSchema } from '../scenario/schema';

/** An accepted action with the scenario time (seconds) it was applied at. */
export type RecordedAction = Action & { at: number };

export interface RunRecord {
  /** The run's own id, given when it starts (absent in a run file opened for viewing). */
  id?: string;
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
  /** Wall-clock epoch ms of the last save (absent in runs saved before every run had its own record). */
  savedMs?: number;
  /** Discussion prompts the trainee skipped, so they do not come back when the run resumes. */
  skipped?: string[];
}

/** Where the one saved run of every tab lived before each run had its own record; moved on first load. */
export const LEGACY_RUN_KEY = 'skywatch.run';
/** Each unfinished run is kept under this prefix followed by its run id. */
export const RUNS_PREFIX = 'skywatch.runs.';
const ASIDE_PREFIX = 'skywatch.run.aside.';

/** A saved run as found in storage: readable, or not (with the reason). */
export type StoredRun = { key: string; kind: 'ok'; saved: SavedRun } | { key: string; kind: 'bad'; reason: string };

/** The zod schema of a scenario source, as stored with saved runs and results. */
export const scenarioSourceSchema = z.union([
  z.object({ kind: z.literal('builtin'), id: z.string() }),
  z.object({ kind: z.literal('file'), name: z.string(), text: z.string() }),
]);

const savedRunSchema = z.looseObject({
  version: z.literal(1),
  source: scenarioSourceSchema,
  tMs: z.number().int().nonnegative(),
  record: z.looseObject({ scenarioHash: z.string(), seed: z.number() }),
  savedMs: z.number().finite().optional(),
  skipped: z.array(z.string()).optional(),
});

const recordIdSchema = z.string().min(1).optional();

const REASONS: Record<string, () => string> = {
  version: () => t('app:store.savedVersion'),
  source: () => t('app:store.savedSource'),
  tMs: () => t('app:store.savedTime'),
  record: () => t('app:store.savedRecord'),
  savedMs: () => t('app:store.savedMs'),
  skipped: () => t('app:store.savedSkipped'),
};

/** The storage key of a run's record. */
export function runKey(id: string): string {
  return `${RUNS_PREFIX}${id}`;
}

/** A new random run id (32 hex digits). */
export function newRunId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a saved run from its stored text, or says what is wrong with it. */
export function parseSavedRun(text: string): { ok: true; saved: SavedRun } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('app:store.savedJson') };
  }
  const shape = savedRunSchema.safeParse(data);
  if (!shape.success) {
    const field = String(shape.error.issues[0].path[0] ?? 'version');
    return { ok: false, reason: (REASONS[field] ?? REASONS.version)() };
  }
  const record = shape.data.record as Record<string, unknown>;
  const script = actionScriptSchema.safeParse({
    scenario: record.scenario,
    scenarioHash: record.scenarioHash,
    seed: record.seed,
    actions: record.actions,
  });
  if (!script.success) {
    const issue = script.error.issues[0];
    return {
      ok: false,
      reason: t('app:store.savedMalformed', { path: `/${issue.path.join('/')}`, reason: issue.message }),
    };
  }
  if (!recordIdSchema.safeParse(record.id).success) return { ok: false, reason: t('app:store.savedId') };
  const saved = data as SavedRun;
  if (saved.record.actions.some((a) => typeof a.at !== 'number')) {
    return { ok: false, reason: t('app:store.savedTimes') };
  }
  return { ok: true, saved };
}

/** Every run record in storage, in key order, each read and checked (its id must match its key). */
export function loadSavedRuns(storage: Storage): StoredRun[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(RUNS_PREFIX)) keys.push(key);
  }
  return keys.sort().map((key): StoredRun => {
    const parsed = parseSavedRun(storage.getItem(key) ?? '');
    if (!parsed.ok) return { key, kind: 'bad', reason: parsed.reason };
    if (parsed.saved.record.id === undefined || runKey(parsed.saved.record.id) !== key) {
      return { key, kind: 'bad', reason: t('app:store.savedKey') };
    }
    return { key, kind: 'ok', saved: parsed.saved };
  });
}

/** The saved run with this id, or null if there is none (or it cannot be read). */
export function loadSavedRun(storage: Storage, id: string): SavedRun | null {
  const text = storage.getItem(runKey(id));
  const parsed = text === null ? null : parseSavedRun(text);
  return parsed?.ok ? parsed.saved : null;
}

/** Moves a stored record to a new "aside" key so nothing is lost; returns that key (null if there was nothing). */
export function setAside(storage: Storage, key: string): string | null {
  const text = storage.getItem(key);
  if (text === null) return null;
  let n = 1;
  while (storage.getItem(`${ASIDE_PREFIX}${n}`) !== null) n++;
  const aside = `${ASIDE_PREFIX}${n}`;
  try {
    storage.setItem(aside, text);
  } catch {
    return null;
  }
  storage.removeItem(key);
  return aside;
}

/**
 * Moves the old single saved run (kept before every run had its own record) under its own run id. A record that
 * cannot be read is set aside instead; its reason and new key are returned.
 */
export function migrateLegacyRun(
  storage: Storage,
): { kind: 'none' } | { kind: 'moved'; id: string } | { kind: 'bad'; reason: string; aside: string | null } {
  const text = storage.getItem(LEGACY_RUN_KEY);
  if (text === null) return { kind: 'none' };
  const parsed = parseSavedRun(text);
  if (!parsed.ok) return { kind: 'bad', reason: parsed.reason, aside: setAside(storage, LEGACY_RUN_KEY) };
  const id = parsed.saved.record.id ?? newRunId();
  if (!saveRun(storage, { ...parsed.saved, record: { ...parsed.saved.record, id } })) return { kind: 'none' };
  storage.removeItem(LEGACY_RUN_KEY);
  return { kind: 'moved', id };
}

/** Saves the run under its own id; returns false when storage refused (full or disabled) or the run has no id. */
export function saveRun(storage: Storage, saved: SavedRun): boolean {
  if (!saved.record.id) return false;
  try {
    storage.setItem(runKey(saved.record.id), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a run's saved record (it ended and was scored, or the trainee discarded it). */
export function clearSavedRun(storage: Storage, id: string): void {
  storage.removeItem(runKey(id));
}

/** The downloadable action script for a run: the format's action script plus the scenario hash. */
export function actionScript(record: RunRecord): string {
  return `${JSON.stringify(
    { scenario: record.scenario, scenarioHash: record.scenarioHash, seed: record.seed, actions: record.actions },
    null,
    2,
  )}\n`;
}
