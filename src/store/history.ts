/** Results history: every finished run, kept in IndexedDB so any past debrief can be reopened and replayed. */
import type { ScoreCard } from '../scoring/types';
import type { RunRecord, ScenarioSource } from './runRecord';

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

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('scenario', 'scenario');
  };
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(run(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    return result;
  } finally {
    db.close();
  }
}

/**
 * Saves a finished run unless a result of the same run id is already kept (looked up in the same transaction, so
 * two tabs cannot both add one). Resolves to the entry kept: this one, or the one recorded before.
 */
export async function saveHistoryOnce(entry: HistoryEntry): Promise<HistoryEntry> {
  const runId = entry.record.id;
  const db = await openDb();
  try {
    return await new Promise<HistoryEntry>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      let kept = entry;
      const all = store.getAll();
      all.onsuccess = () => {
        const earlier = (all.result as Partial<HistoryEntry>[]).find((e) => runId && e.record?.id === runId);
        if (earlier) kept = earlier as HistoryEntry;
        else store.put(entry);
      };
      tx.oncomplete = () => resolve(kept);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
    });
  } finally {
    db.close();
  }
}

/** Every run in the history, oldest first. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  const all = (await withStore('readonly', (s) => s.getAll())) as HistoryEntry[];
  return all.sort((a, b) => a.finishedMs - b.finishedMs);
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
