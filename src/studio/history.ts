/**
 * Undo and redo for the studio's one document, across the text editor and the map and lists:
 * a bounded stack of whole texts. Rapid typing merges into one step; an edit from the map or
 * lists is always a step of its own.
 */

/** Where a change came from: typing in the editor (merged when rapid) or an edit from the map and lists. */
export type ChangeSource = 'typing' | 'edit';

/** Undo/redo state of one document. */
export interface History {
  /** The current text. */
  current(): string;
  /** Records a new text (nothing happens when it equals the current one); `at` is a time in ms. */
  record(text: string, source: ChangeSource, at: number): void;
  /** Steps back; returns the text to show, or null when there is nothing to undo. */
  undo(): string | null;
  /** Steps forward again; returns the text to show, or null when there is nothing to redo. */
  redo(): string | null;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Forgets all steps and starts again from `text` (a newly opened document). */
  reset(text: string): void;
}

/** How many texts are kept and how close typing must be to merge into one step. */
export interface HistoryOptions {
  limit?: number;
  mergeMs?: number;
}

/** A new history starting from `initial`. */
export function createHistory(initial: string, options: HistoryOptions = {}): History {
  const limit = Math.max(2, options.limit ?? 200);
  const mergeMs = options.mergeMs ?? 1000;
  let past: string[] = [];
  let present = initial;
  let future: string[] = [];
  let lastTyping: number | null = null;
  return {
    current: () => present,
    record(text, source, at) {
      if (text === present) return;
      const merge = source === 'typing' && lastTyping !== null && at - lastTyping <= mergeMs && past.length > 0;
      if (!merge) past.push(present);
      if (past.length > limit - 1) past = past.slice(past.length - (limit - 1));
      present = text;
      future = [];
      lastTyping = source === 'typing' ? at : null;
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return null;
      future.push(present);
      present = previous;
      lastTyping = null;
      return present;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return null;
      past.push(present);
      present = next;
      lastTyping = null;
      return present;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    reset(text) {
      past = [];
      future = [];
      present = text;
      lastTyping = null;
    },
  };
}
