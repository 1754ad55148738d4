/** The one document the studio edits: its text, its model, and undo/redo shared by the text and the map and lists. */
import { applyEdit } from '../edits/apply';
import { type Edit, EditError } from '../edits/types';
import { createHistory } from '../history';
import { modelOf, type StudioModel } from '../model';

/** How soon after typing the problems are refreshed. */
const CHECK_DELAY_MS = 150;

/** The studio's document. */
export interface StudioDoc {
  /** The text as it stands. */
  text(): string;
  /** The model of the text last checked. */
  model(): StudioModel;
  /** The text changed by typing in the editor. */
  typed(text: string): void;
  /** Applies an edit from the map or lists; returns why it could not be applied, or null. */
  edit(edit: Edit): string | null;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Runs `fn` with every new model (after typing settles, or at once after an edit, undo or redo). */
  onModel(fn: (model: StudioModel) => void): () => void;
  /** Runs `fn` with every new text, at once. */
  onText(fn: (text: string) => void): () => void;
  destroy(): void;
}

/**
 * A document starting from `initial`. `show` puts a text into the editor (edits, undo and redo);
 * the editor then reports it back through `typed`, which sees it is already current.
 */
export function createDoc(initial: string, show: (text: string) => void): StudioDoc {
  const history = createHistory(initial);
  let text = initial;
  let model = modelOf(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const modelFns = new Set<(m: StudioModel) => void>();
  const textFns = new Set<(t: string) => void>();

  const check = () => {
    clearTimeout(timer);
    timer = undefined;
    if (model.text === text) return;
    model = modelOf(text);
    for (const fn of modelFns) fn(model);
  };
  const setText = (next: string, now: boolean) => {
    text = next;
    for (const fn of textFns) fn(text);
    if (now) check();
    else {
      clearTimeout(timer);
      timer = setTimeout(check, CHECK_DELAY_MS);
    }
  };
  const jump = (next: string | null) => {
    if (next === null) return;
    setText(next, true);
    show(next);
  };

  return {
    text: () => text,
    model: () => model,
    typed(next) {
      if (next === text) return;
      history.record(next, 'typing', performance.now());
      setText(next, false);
    },
    edit(e) {
      let next: string;
      try {
        next = applyEdit(text, e);
      } catch (err) {
        if (err instanceof EditError) return err.message;
        throw err;
      }
      if (next === text) return null;
      history.record(next, 'edit', performance.now());
      setText(next, true);
      show(next);
      return null;
    },
    undo: () => jump(history.undo()),
    redo: () => jump(history.redo()),
    canUndo: () => history.canUndo(),
    canRedo: () => history.canRedo(),
    onModel(fn) {
      modelFns.add(fn);
      return () => modelFns.delete(fn);
    },
    onText(fn) {
      textFns.add(fn);
      return () => textFns.delete(fn);
    },
    destroy() {
      clearTimeout(timer);
      modelFns.clear();
      textFns.clear();
    },
  };
}
