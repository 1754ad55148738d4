/** Results history: every finished run, kept in IndexedDB so any past debrief can be reopened and replayed. */

import { promisifyRequest } from 'idb-keyval';
import { z } from 'zod';
import { t } from '../i18n';
import type { ScoreCard } from '../scoring/types';
import { type RunRecord, type ScenarioSource, scenarioSourceSchema } from './runRecord';

export interface HistoryEntry {
  /** The run's xAPI registration id. */
  id: string;
  scenario: string;
  title: string;
  scenarioHash: string;
  source: ScenarioSource;
  record: RunRecord;
  overall: number;
  passed: boolean;
  passMark: number;
  /** Wall-clock epoch ms the run started and finished. */
  startedMs: number;
  finishedMs: number;
}

const DB = 'skywatch';
const STORE = 'results';
/** Where results that cannot be read are moved (with the reason), so they are kept but no longer shown. */
export const ASIDE_STORE = 'results-aside';

/** A wall-clock time a Date can hold. */
const epochMs = z.number().finite().min(0).max(8.64e15);

/** What every stored result must have for the library and the debrief to use it; fields added later are kept. */
export const historyEntrySchema = z.looseObject({
  id: z.string().min(1),
  scenario: z.string(),
  title: z.string(),
  scenarioHash: z.string(),
  source: scenarioSourceSchema,
  record: z.looseObject({
    id: z.string().optional(),
    scenario: z.string(),
    scenarioHash: z.string(),
    seed: z.number(),
    actions: z.array(z.looseObject({ type: z.string(), at: z.number().finite() })),
  }),
  overall: z.number().finite(),
  passed: z.boolean(),
  passMark: z.number().finite(),
  startedMs: epochMs,
  finishedMs: epochMs,
});

/** Why a stored result cannot be used, in words, or null when it can. */
export function historyProblem(value: unknown): string | null {
  const checked = historyEntrySchema.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  const field = issue.path.join('.');
  if (!field) return t('app:store.notResult');
  const found = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | null)?.[k], value);
  const missing = issue.code === 'invalid_type' && found === undefined;
  return missing
    ? t('app:store.resultMissing', { field })
    : t('app:store.resultWrong', { field, reason: issue.message });
}

/** The results read from the history, and those set aside because they cannot be read. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  setAside: { key: string; reason: string }[];
}

/** A request or a whole transaction as a promise (idb-keyval's), failing with an Error even when IndexedDB gives none. */
async function settled<T>(req: IDBRequest<T> | IDBTransaction): Promise<T> {
  try {
    return await promisifyRequest<T>(req);
  } catch (e) {
    throw e ?? new Error('IndexedDB request failed or was aborted');
  }
}

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error(t('app:store.noIndexedDb')));
  const req = indexedDB.open(DB, 2);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(STORE)) {
      db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('scenario', 'scenario');
    }
    if (!db.objectStoreNames.contains(ASIDE_STORE)) db.createObjectStore(ASIDE_STORE, { autoIncrement: true });
  };
  return settled(req);
}

/**
 * Saves a finished run unless a result of the same run id is already kept (looked up in the same transaction, so
 * two tabs cannot both add one). Resolves to the entry kept: this one, or the one recorded before.
 */
export async function saveHistoryOnce(entry: HistoryEntry): Promise<HistoryEntry> {
  const runId = entry.record.id;
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let kept = entry;
    const all = store.getAll();
    all.onsuccess = () => {
      const earlier = (all.result as Partial<HistoryEntry>[]).find((e) => runId && e.record?.id === runId);
      if (earlier) kept = earlier as HistoryEntry;
      else store.put(entry);
    };
    await settled(tx);
    return kept;
  } finally {
    db.close();
  }
}

/**
 * Every result in the history that can be read, oldest first. Each stored record is checked; one that cannot be
 * read is moved to the aside store with its reason (kept, not deleted) and reported, and the rest are shown.
 */
export async function loadHistory(): Promise<LoadedHistory> {
  const db = await openDb();
  try {
    const tx = db.transaction([STORE, ASIDE_STORE], 'readwrite');
    const aside = tx.objectStore(ASIDE_STORE);
    const loaded: LoadedHistory = { entries: [], setAside: [] };
    const cursor = tx.objectStore(STORE).openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      const reason = historyProblem(at.value);
      if (reason === null) loaded.entries.push(at.value as HistoryEntry);
      else {
        const key = String(at.primaryKey);
        aside.add({ key, reason, value: at.value });
        at.delete();
        loaded.setAside.push({ key, reason });
      }
      at.continue();
    };
    await settled(tx);
    return { ...loaded, entries: loaded.entries.sort((a, b) => a.finishedMs - b.finishedMs) };
  } finally {
    db.close();
  }
}

/** The message for results set aside: how many, and why each. */
export function setAsideMessage(setAside: LoadedHistory['setAside']): string {
  const n = setAside.length;
  const why = setAside.map((s) => `“${s.key}”: ${s.reason}`).join('; ');
  return t('app:store.historyAside', { count: n, store: ASIDE_STORE, why });
}

/** The history entry for a run just finished (or opened from a file). */
export function historyEntry(
  id: string,
  record: RunRecord,
  source: ScenarioSource,
  title: string,
  card: ScoreCard,
  times: { startedMs: number; finishedMs: number },
): HistoryEntry {
  return {
    id,
    scenario: record.scenario,
    title,
    scenarioHash: record.scenarioHash,
    source,
    record,
    overall: card.overall,
    passed: card.passed,
    passMark: card.passMark,
    ...times,
  };
}
