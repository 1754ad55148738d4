/** The results history in IndexedDB (fake-indexeddb in Node): upgrade from version 2, saving once per run, set-aside. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ASIDE_STORE, type HistoryEntry, loadHistory, saveHistoryOnce } from '../../../src/store/history';

function entry(id: string, runId: string, finishedMs: number): HistoryEntry {
  return {
    id,
    scenario: 'first-watch',
    title: 'First watch',
    scenarioHash: 'abc',
    source: { kind: 'builtin', id: 'first-watch' },
    record: { id: runId, scenario: 'first-watch', scenarioHash: 'abc', seed: 1, actions: [] },
    overall: 82,
    passed: true,
    passMark: 70,
    startedMs: finishedMs - 60_000,
    finishedMs,
  } as HistoryEntry;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('results history in IndexedDB', () => {
  it('keeps one result per run: a second save of the same run returns the first and adds nothing', async () => {
    const first = entry('reg-1', 'run-1', 2_000_000);
    expect(await saveHistoryOnce(first)).toEqual(first);
    expect(await saveHistoryOnce(entry('reg-2', 'run-1', 3_000_000))).toEqual(first);
    await saveHistoryOnce(entry('reg-3', 'run-2', 1_000_000));
    const loaded = await loadHistory();
    expect(loaded.entries.map((e) => e.id)).toEqual(['reg-3', 'reg-1']);
    expect(loaded.setAside).toEqual([]);
  });

  it('opens a version 2 database, keeps its results, and sets aside the unreadable one with its reason', async () => {
    const old = await openDB('skywatch', 2, {
      upgrade(db) {
        db.createObjectStore('results', { keyPath: 'id' }).createIndex('scenario', 'scenario');
        db.createObjectStore(ASIDE_STORE, { autoIncrement: true });
      },
    });
    await old.put('results', entry('reg-old', 'run-old', 1_000_000));
    await old.put('results', { ...entry('reg-bad', 'run-bad', 1_500_000), title: undefined });
    old.close();

    const loaded = await loadHistory();
    expect(loaded.entries.map((e) => e.id)).toEqual(['reg-old']);
    expect(loaded.setAside).toEqual([{ key: 'reg-bad', reason: 'it has no title' }]);
    expect(await saveHistoryOnce(entry('reg-again', 'run-old', 5_000_000))).toMatchObject({ id: 'reg-old' });

    const db = await openDB('skywatch');
    const aside = await db.getAll(ASIDE_STORE);
    expect(aside).toEqual([
      { key: 'reg-bad', reason: 'it has no title', value: expect.objectContaining({ id: 'reg-bad' }) },
    ]);
    expect(await db.count('results')).toBe(1);
    db.close();
  });
});
