/** Drafts over a key-value store: save as you type, list, load, discard. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDrafts, type Draft, type KeyValueStore, memoryStore } from '../../../src/studio/drafts';

const origin = { kind: 'builtin', name: 'first-watch.json' } as const;

describe('drafts', () => {
  let clock = 1000;
  const now = () => clock;
  beforeEach(() => {
    clock = 1000;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  test('a saved draft loads again as saved, with its time', async () => {
    const drafts = createDrafts(memoryStore(), { now });
    await drafts.save({ id: 'd1', title: 'First watch', text: '{ "a": 1 } // mine', origin });
    expect(await drafts.load('d1')).toEqual({
      id: 'd1',
      title: 'First watch',
      text: '{ "a": 1 } // mine',
      origin,
      savedAt: 1000,
    });
    expect(await drafts.load('d2')).toBeNull();
  });

  test('saving as you type writes once the typing pauses, the newest text', async () => {
    const store = memoryStore();
    const drafts = createDrafts(store, { now, delayMs: 500 });
    drafts.saveSoon({ id: 'd1', title: 'T', text: 'a', origin });
    vi.advanceTimersByTime(300);
    drafts.saveSoon({ id: 'd1', title: 'T', text: 'ab', origin });
    vi.advanceTimersByTime(300);
    expect(await drafts.load('d1')).toBeNull();
    clock = 2000;
    await vi.advanceTimersByTimeAsync(200);
    expect((await drafts.load('d1'))?.text).toBe('ab');
    expect((await drafts.load('d1'))?.savedAt).toBe(2000);
  });

  test('flush writes what is waiting at once', async () => {
    const drafts = createDrafts(memoryStore(), { now, delayMs: 500 });
    drafts.saveSoon({ id: 'd1', title: 'T', text: 'x', origin });
    await drafts.flush();
    expect((await drafts.load('d1'))?.text).toBe('x');
  });

  test('the list is newest first, without texts', async () => {
    const drafts = createDrafts(memoryStore(), { now });
    await drafts.save({ id: 'old', title: 'Old', text: '1', origin: { kind: 'template', name: '12×8' } });
    clock = 5000;
    await drafts.save({ id: 'new', title: 'New', text: '2', origin: { kind: 'file', name: 'mine.json' } });
    expect(await drafts.list()).toEqual([
      { id: 'new', title: 'New', origin: { kind: 'file', name: 'mine.json' }, savedAt: 5000 },
      { id: 'old', title: 'Old', origin: { kind: 'template', name: '12×8' }, savedAt: 1000 },
    ]);
  });

  test('discard forgets a draft, and a save still waiting for it', async () => {
    const drafts = createDrafts(memoryStore(), { now, delayMs: 500 });
    await drafts.save({ id: 'd1', title: 'T', text: 'x', origin });
    drafts.saveSoon({ id: 'd1', title: 'T', text: 'y', origin });
    await drafts.discard('d1');
    await vi.advanceTimersByTimeAsync(600);
    expect(await drafts.load('d1')).toBeNull();
    expect(await drafts.list()).toEqual([]);
  });

  test('what is kept but is not a draft is left out', async () => {
    const store: KeyValueStore = memoryStore();
    await store.set('draft:bad', { id: 'bad', title: 3 });
    await store.set('draft:odd', {
      id: 'odd',
      title: 'x',
      text: 'y',
      savedAt: 1,
      origin: { kind: 'alien', name: 'z' },
    });
    const drafts = createDrafts(store, { now });
    expect(await drafts.list()).toEqual([]);
    expect(await drafts.load('bad')).toBeNull();
  });

  test('a draft saved with extra fields is stored with only its own', async () => {
    const store = memoryStore();
    const drafts = createDrafts(store, { now });
    const extra = { id: 'd1', title: 'T', text: 'x', origin, junk: 1 } as Omit<Draft, 'savedAt'>;
    await drafts.save(extra);
    expect(Object.keys((await store.get('draft:d1')) as object).sort()).toEqual([
      'id',
      'origin',
      'savedAt',
      'text',
      'title',
    ]);
  });
});
