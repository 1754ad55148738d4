/** Results history: every finished run, kept in IndexedDB so any past debrief can be reopened and replayed. */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
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

interface HistoryDb extends DBSchema {
  results: { key: string; value: unknown; indexes: { scenario: string; runId: string } };
  'results-aside': { key: number; value: { key: string; reason: string; value: unknown } };
}

/**
 * The history's database. Version 2 made the two stores; version 3 adds an index on the run id, so saving looks up
 * one key instead of reading every result. Results saved by earlier versions stay where they are.
 */
function openDb(): Promise<IDBPDatabase<HistoryDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error(t('app:store.noIndexedDb')));
  return openDB<HistoryDb>(DB, 3, {
    upgrade(db, _from, _to, tx) {
      const results = db.objectStoreNames.contains(STORE)
        ? tx.objectStore(STORE)
        : db.createObjectStore(STORE, { keyPath: 'id' });
      if (!results.indexNames.contains('scenario')) results.createIndex('scenario', 'scenario');
      if (!results.indexNames.contains('runId')) results.createIndex('runId', 'record.id');
      if (!db.objectStoreNames.contains(ASIDE_STORE)) db.createObjectStore(ASIDE_STORE, { autoIncrement: true });
    },
  });
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
    const earlier = runId ? ((await tx.store.index('runId').get(runId)) as HistoryEntry | undefined) : undefined;
    if (!earlier) await tx.store.put(entry);
    await tx.done;
    return earlier ?? entry;
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
    for await (const at of tx.objectStore(STORE)) {
      const reason = historyProblem(at.value);
      if (reason === null) {
        loaded.entries.push(at.value as HistoryEntry);
        continue;
      }
      const key = String(at.primaryKey);
      await aside.add({ key, reason, value: at.value });
      await at.delete();
      loaded.setAside.push({ key, reason });
    }
    await tx.done;
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
