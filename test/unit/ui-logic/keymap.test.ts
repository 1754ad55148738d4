import { describe, expect, test } from 'vitest';
import { commandFor, keyHelp, pressedByEnter, takesTyping } from '../../../src/ui/logic/keymap';

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
) => commandFor({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('key map', () => {
  test.each([
    [' ', { kind: 'pause' }],
    ['4', { kind: 'speed', speed: 4 }],
    ['f', { kind: 'focus', step: 1 }],
    ['j', { kind: 'track', step: 1 }],
    ['K', { kind: 'track', step: -1 }],
    ['ArrowLeft', { kind: 'cursor', dc: -1, dr: 0 }],
    ['Enter', { kind: 'mark' }],
    ['t', { kind: 'posture', posture: 'cover' }],
    ['?', { kind: 'help' }],
    ['Escape', { kind: 'close' }],
    ['x', null],
  ])('%j → %j', (k, cmd) => {
    expect(key(k)).toEqual(cmd);
  });

  test('Shift+F focuses the previous sector; modifiers other than Shift are left to the browser', () => {
    expect(key('F', { shiftKey: true })).toEqual({ kind: 'focus', step: -1 });
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key('?', { shiftKey: true })).toEqual({ kind: 'help' });
  });

  test('the help lists every command kind', () => {
    expect(keyHelp().length).toBeGreaterThanOrEqual(13);
  });
});

describe('focused element', () => {
  test('text fields, text areas and selects take typing; buttons and radios do not', () => {
    expect(takesTyping({ tag: 'INPUT', type: 'text' })).toBe(true);
    expect(takesTyping({ tag: 'INPUT', type: null })).toBe(true);
    expect(takesTyping({ tag: 'INPUT', type: 'number' })).toBe(true);
    expect(takesTyping({ tag: 'TEXTAREA' })).toBe(true);
    expect(takesTyping({ tag: 'SELECT' })).toBe(true);
    expect(takesTyping({ tag: 'DIV', editable: true })).toBe(true);
    expect(takesTyping({ tag: 'BUTTON' })).toBe(false);
    expect(takesTyping({ tag: 'INPUT', type: 'radio' })).toBe(false);
    expect(takesTyping({ tag: 'BODY' })).toBe(false);
  });

  test('Enter presses buttons, links and radios, not the map', () => {
    expect(pressedByEnter({ tag: 'BUTTON' })).toBe(true);
    expect(pressedByEnter({ tag: 'A' })).toBe(true);
    expect(pressedByEnter({ tag: 'INPUT', type: 'radio' })).toBe(true);
    expect(pressedByEnter({ tag: 'DIV', role: 'radio' })).toBe(true);
    expect(pressedByEnter({ tag: 'BODY' })).toBe(false);
    expect(pressedByEnter({ tag: 'INPUT', type: 'text' })).toBe(false);
  });
});
