/** Inputs that hand their value to the studio when the instructor finishes typing (change, not every key). */
import { el } from './dom';

/** A text input with `value`; `commit` runs with the new value when it changes. */
export function textIn(value: string, label: string, commit: (v: string) => void, attrs = {}): HTMLInputElement {
  const i = el('input', { type: 'text', value, 'aria-label': label, ...attrs });
  i.addEventListener('change', () => commit(i.value));
  return i;
}

/** A textarea with `value`; `commit` runs with the new value when it changes. */
export function areaIn(value: string, label: string, commit: (v: string) => void, rows = 3): HTMLTextAreaElement {
  const t = el('textarea', { rows, 'aria-label': label });
  t.value = value;
  t.addEventListener('change', () => commit(t.value));
  return t;
}

/** A select of `options` with `value`; `commit` runs with the chosen value. */
export function pickIn(
  options: readonly string[],
  value: string,
  label: string,
  commit: (v: string) => void,
): HTMLSelectElement {
  const s = el('select', { 'aria-label': label });
  const all = options.includes(value) || value === '' ? options : [value, ...options];
  for (const o of all) {
    const opt = el('option', { value: o }, o);
    opt.selected = o === value;
    s.append(opt);
  }
  s.addEventListener('change', () => commit(s.value));
  return s;
}

/** A time offset as the file wrote it ("2:30" or 150) as text for an input. */
export function timeText(at: unknown): string {
  return typeof at === 'string' || typeof at === 'number' ? String(at) : '';
}

/** What an instructor typed as a time: "m:ss" stays text, a plain number becomes seconds. */
export function timeValue(v: string): string | number {
  const t = v.trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}
