/** Undo and redo across both views: typing merges, map edits are steps, the stack is bounded. */
import { describe, expect, test } from 'vitest';
import { createHistory } from '../../../src/studio/history';

describe('history', () => {
  test('undo and redo walk the texts back and forth', () => {
    const h = createHistory('a');
    h.record('b', 'edit', 0);
    h.record('c', 'edit', 10);
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeNull();
    expect(h.canUndo()).toBe(false);
    expect(h.redo()).toBe('b');
    expect(h.redo()).toBe('c');
    expect(h.redo()).toBeNull();
    expect(h.current()).toBe('c');
  });

  test('rapid typing is one step; a pause, or an edit from the map, starts a new one', () => {
    const h = createHistory('');
    h.record('a', 'typing', 0);
    h.record('ab', 'typing', 300);
    h.record('abc', 'typing', 900);
    h.record('abcd', 'typing', 3000);
    h.record('abcd!', 'edit', 3100);
    h.record('abcd!e', 'typing', 3200);
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual(['abcd!', 'abcd', 'abc', '']);
  });

  test('an edit after an undo drops the redo steps', () => {
    const h = createHistory('a');
    h.record('b', 'edit', 0);
    h.undo();
    h.record('c', 'edit', 1);
    expect(h.canRedo()).toBe(false);
    expect(h.undo()).toBe('a');
  });

  test('typing right after an undo does not merge into the step before it', () => {
    const h = createHistory('a');
    h.record('ab', 'typing', 0);
    h.record('abc', 'edit', 100);
    h.undo();
    h.record('abx', 'typing', 200);
    expect(h.undo()).toBe('ab');
  });

  test('recording the same text does nothing', () => {
    const h = createHistory('a');
    h.record('a', 'edit', 0);
    expect(h.canUndo()).toBe(false);
  });

  test('only the newest texts are kept', () => {
    const h = createHistory('0', { limit: 5 });
    for (let i = 1; i <= 10; i++) h.record(String(i), 'edit', i * 10_000);
    const back: (string | null)[] = [];
    while (h.canUndo()) back.push(h.undo());
    expect(back).toEqual(['9', '8', '7', '6']);
  });

  test('reset starts again from a new document', () => {
    const h = createHistory('a');
    h.record('b', 'edit', 0);
    h.reset('x');
    expect([h.current(), h.canUndo(), h.canRedo()]).toEqual(['x', false, false]);
  });
});
