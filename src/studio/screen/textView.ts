/** The text side: CodeMirror 6 with JSON (comments allowed), schema completion and hover, problems as lint. */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, indentOnInput } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { t } from '../../i18n';
import type { Problem } from '../../scenario/result';
import { schemaCompletions, schemaHover } from './jsonHelp';

/** The text editor as the rest of the studio sees it. */
export interface TextView {
  view: EditorView;
  /** The text as it stands. */
  text(): string;
  /** Replaces the text with `next` as one undoable change (only the part that differs). */
  replaceWith(next: string, userEvent: string): void;
  /** Shows problems underlined at their place. */
  showProblems(problems: readonly Problem[]): void;
  /** Moves the cursor to a 1-based line and column and focuses the editor. */
  reveal(line: number, column: number): void;
  destroy(): void;
}

/** Offset of a 1-based line and column in a document. */
function offsetAt(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.max(1, Math.min(line, state.doc.lines)));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

/** The smallest change turning `a` into `b`: one replaced range. */
function difference(a: string, b: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return { from: start, to: a.length - end, insert: b.slice(start, b.length - end) };
}

/** Diagnostics for problems: from the problem's place to the end of the word or value there. */
function diagnosticsOf(state: EditorState, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => {
    const from = offsetAt(state, p.line, p.column);
    const line = state.doc.lineAt(from);
    const rest = line.text.slice(from - line.from);
    const m = /^("(?:[^"\\]|\\.)*"|[\w.+-]+)/.exec(rest);
    const to = Math.min(line.to, from + Math.max(1, m ? m[0].length : 1));
    return { from, to, severity: p.severity, message: p.message, source: p.code };
  });
}

/** What the editor asks of the studio: every change of its text, and undo and redo (the studio's, across both views). */
export interface TextHooks {
  changed(text: string): void;
  undo(): void;
  redo(): void;
}

/** A key command that runs `fn` and says the key was handled. */
const done = (fn: () => void) => () => {
  fn();
  return true;
};

/** Mounts the text editor in `parent` with `text`. */
export function mountTextView(parent: HTMLElement, text: string, hooks: TextHooks): TextView {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        lintGutter(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        json(),
        autocompletion({ override: [schemaCompletions], activateOnTyping: true }),
        schemaHover(),
        EditorView.lineWrapping,
        EditorView.theme(
          {
            '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { background: '#2b4a66' },
            '.cm-tooltip': { background: '#1d2630', color: '#e6ebf0', border: '1px solid #2c3845', maxWidth: '420px' },
            '.cm-tooltip-autocomplete ul li[aria-selected]': { background: '#1f4e6b', color: '#e6ebf0' },
          },
          { dark: true },
        ),
        EditorView.contentAttributes.of({ 'aria-label': t('studio:text.label'), tabindex: '0' }),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...completionKeymap,
          ...lintKeymap,
          { key: 'Mod-z', run: done(hooks.undo), preventDefault: true },
          { key: 'Mod-y', run: done(hooks.redo), preventDefault: true },
          { key: 'Mod-Shift-z', run: done(hooks.redo), preventDefault: true },
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) hooks.changed(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    replaceWith(next, userEvent) {
      const current = view.state.doc.toString();
      if (current === next) return;
      view.dispatch({ changes: difference(current, next), userEvent });
    },
    showProblems(problems) {
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(view.state, problems)));
    },
    reveal(line, column) {
      const at = offsetAt(view.state, line, column);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
