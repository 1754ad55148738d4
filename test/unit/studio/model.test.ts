/** The studio's model: the CLI's problems, and a partial reading that survives broken text. */
import { describe, expect, test } from 'vitest';
import { checkScenario } from '../../../src/scenario';
import { modelOf } from '../../../src/studio/model';
import { builtin, commented } from './helpers';

describe('modelOf', () => {
  test('a valid file gives its scenario and no errors', () => {
    const m = modelOf(commented());
    expect(m.hasErrors).toBe(false);
    expect(m.scenario?.id).toBe('first-watch');
    expect(m.partial.readable).toBe(true);
    expect(m.partial.post).toEqual({ cell: 'F7', name: 'Post Alpha', observeRange: 5 });
    expect(m.partial.contacts.map((c) => [c.id, c.path.length])).toEqual([
      ['birds', 2],
      ['drone', 4],
    ]);
    expect(m.partial.contacts[0].path[1]).toEqual({ at: '2:40', atMs: 160_000, cell: 'L3', activity: null });
    expect(m.partial.injects.map((i) => [i.id, i.type, i.atMs])).toEqual([
      ['welcome', 'message', 5000],
      ['roger', 'message', null],
      ['chase', 'message', null],
    ]);
  });

  test('problems are those the CLI prints, with pointer, line and column', () => {
    const text = commented().replace('"cell": "F7"', '"cell": "Z99"');
    const m = modelOf(text);
    expect(m.problems).toEqual(checkScenario(text).problems);
    expect(m.hasErrors).toBe(true);
    expect(m.scenario).toBeNull();
    const bad = m.problems.find((p) => p.pointer === '/post/cell');
    expect(bad).toMatchObject({ severity: 'error' });
    expect(text.split('\n')[(bad?.line ?? 0) - 1]).toContain('"Z99"');
  });

  test('a text with a syntax error still gives the map and lists up to where it can read', () => {
    const text = builtin('first-watch.json').replace('"seed": 7,', '"seed": 7 oops,');
    const m = modelOf(text);
    expect(m.problems[0]).toMatchObject({ severity: 'error', code: 'syntax', pointer: null });
    expect(m.partial.readable).toBe(false);
    expect(m.partial.terrain).toHaveLength(8);
    expect(m.partial.contacts).toHaveLength(2);
    expect(m.partial.objectives.map((o) => o.id)).toContain('salute');
  });

  test('fields of the wrong shape are read as absent, not thrown over', () => {
    const m = modelOf(
      '{ "map": { "terrain": "...." }, "post": 3, "contacts": [{ "id": 1, "path": "A1" }], "injects": {} }',
    );
    expect(m.partial.terrain).toEqual([]);
    expect(m.partial.post).toBeNull();
    expect(m.partial.contacts).toEqual([
      { index: 0, id: '', value: { id: 1, path: 'A1' }, domain: null, truth: null, label: null, path: [] },
    ]);
    expect(m.partial.injects).toEqual([]);
  });
});
