import { describe, expect, test } from 'vitest';
import {
  actionScript,
  loadSavedRun,
  parseSavedRun,
  RUN_KEY,
  type SavedRun,
  saveRun,
  setAsideSavedRun,
} from '../../../src/store/runRecord';
import { parseSettings } from '../../../src/store/settings';
import { memoryStorage } from '../memoryStorage';

const saved: SavedRun = {
  version: 1,
  record: {
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
};

describe('saved run', () => {
  test('round-trips through storage', () => {
    const s = memoryStorage();
    expect(saveRun(s, saved)).toBe(true);
    expect(loadSavedRun(s)).toEqual({ kind: 'ok', saved });
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
  ])('%s is refused with a reason', (text, reason) => {
    const parsed = parseSavedRun(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  test('a bad record is set aside under a new key, never deleted', () => {
    const s = memoryStorage();
    s.setItem(RUN_KEY, 'garbage');
    s.setItem('skywatch.run.aside.1', 'older');
    expect(loadSavedRun(s).kind).toBe('bad');
    expect(setAsideSavedRun(s)).toBe('skywatch.run.aside.2');
    expect(s.getItem(RUN_KEY)).toBeNull();
    expect(s.getItem('skywatch.run.aside.2')).toBe('garbage');
    expect(s.getItem('skywatch.run.aside.1')).toBe('older');
  });

  test('the downloadable action script has the record and nothing else', () => {
    expect(JSON.parse(actionScript(saved.record))).toEqual(saved.record);
  });
});

describe('settings', () => {
  test('unreadable settings fall back to defaults one by one', () => {
    expect(parseSettings('{"defaultSpeed":4,"palette":"neon","sound":true}')).toEqual({
      defaultSpeed: 4,
      palette: 'standard',
      sound: true,
    });
    expect(parseSettings('{{')).toEqual({ defaultSpeed: 1, palette: 'standard', sound: false });
  });
});
