/** Templates: an empty map of any size and a copy of any built-in scenario are valid and commented. */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { copyOfScenario, emptyScenario, MAP_SIZES } from '../../../src/studio/templates';
import { builtin, commentsOf, jsonValue } from './helpers';

describe('emptyScenario', () => {
  const sizes = [...MAP_SIZES, { cols: 1, rows: 1 }, { cols: 26, rows: 1 }, { cols: 3, rows: 26 }];
  for (const { cols, rows } of sizes) {
    test(`${cols}×${rows} is a valid, commented scenario of that size`, () => {
      const text = emptyScenario({ cols, rows });
      const parsed = parseScenario(text);
      expect(parsed.ok ? [] : parsed.error).toEqual([]);
      if (!parsed.ok) return;
      expect([parsed.value.map.cols, parsed.value.map.rows]).toEqual([cols, rows]);
      expect(commentsOf(text).length).toBeGreaterThan(2);
    });
  }

  test('takes an id and title, and keeps sizes within 1–26', () => {
    const v = jsonValue(emptyScenario({ cols: 40, rows: 0, id: 'river', title: 'River "crossing"' }));
    expect([v.id, v.title, v.map.terrain.length, v.map.terrain[0].length]).toEqual([
      'river',
      'River "crossing"',
      1,
      26,
    ]);
  });
});

describe('copyOfScenario', () => {
  for (const file of readdirSync('assets/scenarios').filter((f) => f.endsWith('.json'))) {
    test(`${file}: the copy is valid, renamed, and keeps the comments`, () => {
      const original = builtin(file);
      const copy = copyOfScenario(original);
      const parsed = parseScenario(copy);
      expect(parsed.ok).toBe(true);
      const before = jsonValue(original);
      const after = jsonValue(copy);
      expect([after.id, after.title]).toEqual([`${before.id}-copy`, `${before.title} (copy)`]);
      expect({ ...after, id: before.id, title: before.title }).toEqual(before);
      expect(commentsOf(copy)).toEqual(commentsOf(original));
    });
  }
});
