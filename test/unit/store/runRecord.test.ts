import { describe, expect, test } from 'vitest';
import {
  actionScript,
  LEGACY_RUN_KEY,
  loadSavedRun,
  loadSavedRuns,
  migrateLegacyRun,
  parseSavedRun,
  runKey,
  type SavedRun,
  saveRun,
  setAside,
} from '../../../src/store/runRecord';
import { parseSettings } from '../../../src/store/settings';
import { memoryStorage } from '../memoryStorage';

const saved: SavedRun = {
  version: 1,
  record: {
    id: 'run-a',
    scenario: 'first-watch',
    scenarioHash: 'abc',
    seed: 7,
    actions: [
      { at: 12.25, type: 'mark', cell: 'F4' },
      { at: 30, type: 'classify', track: 'T1', as: 'suspicious-uas' },
    ],
  },
  tMs: 45_000,
  source: { kind: 'builtin', id: 'first-watch' },
  savedMs: 1_700_000_000_000,
};

describe('saved runs', () => {
  test('round-trip through storage, each under its own run id', () => {
    const s = memoryStorage();
    const other = { ...saved, record: { ...saved.record, id: 'run-b' }, tMs: 9000 };
    expect(saveRun(s, saved)).toBe(true);
    expect(saveRun(s, other)).toBe(true);
    expect(loadSavedRun(s, 'run-a')).toEqual(saved);
    expect(loadSavedRun(s, 'run-b')).toEqual(other);
    expect(loadSavedRuns(s).map((r) => r.key)).toEqual([runKey('run-a'), runKey('run-b')]);
  });

  test('a run without an id is not saved (it would have no place of its own)', () => {
    const s = memoryStorage();
    expect(saveRun(s, { ...saved, record: { ...saved.record, id: undefined } })).toBe(false);
    expect(s.length).toBe(0);
  });

  test('fields added to the record later are kept', () => {
    const s = memoryStorage();
    const extended = { ...saved, record: { ...saved.record, wall: { startedMs: 5 } } } as SavedRun;
    saveRun(s, extended);
    expect(loadSavedRun(s, 'run-a')).toEqual(extended);
  });

  test.each([
    ['not json', 'not valid JSON'],
    ['{"version":2}', 'not a Skywatch saved run'],
    [JSON.stringify({ ...saved, tMs: -1 }), 'tMs'],
    [
      JSON.stringify({ ...saved, record: { ...saved.record, actions: [{ at: 1, type: 'fly' }] } }),
      'malformed at /actions/0',
    ],
    [JSON.stringify({ ...saved, source: { kind: 'file' } }), 'which scenario'],
    [JSON.stringify({ ...saved, record: { ...saved.record, id: 5 } }), 'run id'],
    [JSON.stringify({ ...saved, skipped: 'x' }), 'skipped discussions'],
  ])('%s is refused with a reason', (text, reason) => {
    const parsed = parseSavedRun(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  test('a record kept under another run id than its own is reported as bad', () => {
    const s = memoryStorage();
    s.setItem(runKey('elsewhere'), JSON.stringify(saved));
    s.setItem(runKey('broken'), 'garbage');
    expect(loadSavedRuns(s)).toEqual([
      { key: runKey('broken'), kind: 'bad', reason: 'it is not valid JSON' },
      { key: runKey('elsewhere'), kind: 'bad', reason: 'its run id does not match the key it is kept under' },
    ]);
  });

  test('a record is set aside under a new key, never deleted', () => {
    const s = memoryStorage();
    s.setItem(runKey('broken'), 'garbage');
    s.setItem('skywatch.run.aside.1', 'older');
    expect(setAside(s, runKey('broken'))).toBe('skywatch.run.aside.2');
    expect(s.getItem(runKey('broken'))).toBeNull();
    expect(s.getItem('skywatch.run.aside.2')).toBe('garbage');
    expect(s.getItem('skywatch.run.aside.1')).toBe('older');
  });

  test('the old single saved run moves under a new run id of its own', () => {
    const s = memoryStorage();
    const { id: _, ...legacy } = saved.record;
    s.setItem(LEGACY_RUN_KEY, JSON.stringify({ version: 1, record: legacy, tMs: 45_000, source: saved.source }));
    const moved = migrateLegacyRun(s);
    if (moved.kind !== 'moved') throw new Error(`not moved: ${moved.kind}`);
    expect(moved.id).toMatch(/^[0-9a-f]{32}$/);
    expect(s.getItem(LEGACY_RUN_KEY)).toBeNull();
    expect(loadSavedRun(s, moved.id)).toEqual({
      version: 1,
      record: { ...legacy, id: moved.id },
      tMs: 45_000,
      source: saved.source,
    });
    expect(migrateLegacyRun(s)).toEqual({ kind: 'none' });
  });

  test('an unreadable old saved run is set aside with its reason', () => {
    const s = memoryStorage();
    s.setItem(LEGACY_RUN_KEY, '{"version":1,');
    expect(migrateLegacyRun(s)).toEqual({ kind: 'bad', reason: 'it is not valid JSON', aside: 'skywatch.run.aside.1' });
    expect(s.getItem('skywatch.run.aside.1')).toBe('{"version":1,');
  });

  test('the downloadable action script has the record and nothing else', () => {
    const { id: _, ...script } = saved.record;
    expect(JSON.parse(actionScript(saved.record))).toEqual(script);
  });
});

describe('settings', () => {
  test('unreadable settings fall back to defaults one by one', () => {
    expect(parseSettings('{"defaultSpeed":4,"palette":"neon","sound":true}')).toEqual({
      defaultSpeed: 4,
      palette: 'standard',
      sound: true,
      language: 'auto',
    });
    expect(parseSettings('{{')).toEqual({ defaultSpeed: 1, palette: 'standard', sound: false, language: 'auto' });
  });

  test('the language is a language of the trainer or auto', () => {
    expect(parseSettings('{"language":"es"}').language).toBe('es');
    expect(parseSettings('{"language":"en"}').language).toBe('en');
    expect(parseSettings('{"language":"fr"}').language).toBe('auto');
    expect(parseSettings('{"language":"ES"}').language).toBe('auto');
    expect(parseSettings(null).language).toBe('auto');
  });
});
