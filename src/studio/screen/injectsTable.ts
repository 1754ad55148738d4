/** The injects as a table in list order: time or trigger, type, text, expected action; add, edit, reorder, remove. */
import type { InjectFile } from '../../scenario/schema';
import { formatOffset } from '../../scenario/time';
import type { Edit } from '../edits/types';
import type { PartialInject, PartialScenario } from '../partial';
import { btn, el, refill } from './dom';
import { textIn, timeText, timeValue } from './inputs';

/** The field that holds an inject's main words, by type. */
const WORDS_FIELD: Record<string, string> = { message: 'text', probe: 'question', discussion: 'question', end: 'text' };

/** "when" as a short phrase: the trigger an inject without a time waits for. */
function triggerText(inj: PartialInject): string {
  const when = inj.value.when;
  if (when && typeof when === 'object') {
    const [kind, what] = Object.entries(when as Record<string, unknown>)[0] ?? [];
    const by = (when as Record<string, unknown>).by;
    const target = typeof what === 'string' ? what : JSON.stringify(what);
    return `when ${kind} ${target}${by === undefined ? '' : ` by ${String(by)}`}`;
  }
  return inj.value.optional === true ? 'by hand' : '';
}

/** The words of an inject of a type without a words field (conditions, comms). */
function summary(inj: PartialInject): string {
  const v = inj.value;
  if (inj.type === 'conditions') return `conditions: ${JSON.stringify(v.conditions ?? {})}`;
  if (inj.type === 'comms') return `${String(v.channel)} ${String(v.status)}`;
  return '';
}

function nextId(p: PartialScenario, prefix: string): string {
  const taken = new Set(p.injects.map((i) => i.id));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A new inject of a kind the table offers, at `tMs`. */
export function newInject(kind: 'message' | 'probe' | 'discussion', p: PartialScenario, tMs: number): InjectFile {
  const at = formatOffset(tMs);
  if (kind === 'message') {
    return {
      id: nextId(p, 'msg'),
      type: 'message',
      at,
      from: 'Sector desk',
      channel: 'radio',
      text: 'Post, sector desk. Report anything you see.',
      expected: 'Acknowledge the message.',
    };
  }
  if (kind === 'probe') {
    return {
      id: nextId(p, 'probe'),
      type: 'probe',
      at,
      question: 'How many drones are in sight now?',
      choices: ['None', 'One', 'Two or more'],
      compute: { countInRange: 'air' },
      level: 1,
      expected: 'Answer from what is on the map.',
    };
  }
  return { id: nextId(p, 'talk'), type: 'discussion', at, question: 'What would you do differently?' };
}

function row(inj: PartialInject, count: number, edit: (e: Edit) => void): HTMLTableRowElement {
  const words = WORDS_FIELD[inj.type ?? ''];
  const label = (what: string) => `${what} of ${inj.id || `inject ${inj.index + 1}`}`;
  const time =
    inj.value.at !== undefined || inj.value.when === undefined
      ? textIn(timeText(inj.value.at), label('Time'), (v) =>
          edit({ kind: 'setInjectField', id: inj.id, path: ['at'], value: v.trim() ? timeValue(v) : undefined }),
        )
      : el('span', {}, triggerText(inj));
  const text = words
    ? textIn(String(inj.value[words] ?? ''), label('Text'), (v) =>
        edit({ kind: 'setInjectField', id: inj.id, path: [words], value: v }),
      )
    : el('span', {}, summary(inj));
  const choices = Array.isArray(inj.value.choices) ? inj.value.choices.map(String) : [];
  const words2 =
    inj.type === 'probe'
      ? el(
          'div',
          { class: 'stack' },
          text,
          textIn(choices.join(' | '), label('Choices'), (v) =>
            edit({ kind: 'setInjectField', id: inj.id, path: ['choices'], value: v.split('|').map((s) => s.trim()) }),
          ),
        )
      : text;
  const cells: (HTMLElement | string)[] = [
    inj.id,
    time,
    inj.type ?? '?',
    words2,
    textIn(String(inj.value.expected ?? ''), label('Expected action'), (v) =>
      edit({ kind: 'setInjectField', id: inj.id, path: ['expected'], value: v || undefined }),
    ),
  ];
  const tools = el(
    'td',
    { class: 'row-tools' },
    btn('↑', () => edit({ kind: 'moveInject', id: inj.id, to: inj.index - 1 }), {
      'aria-label': `Move ${inj.id} up`,
      disabled: inj.index === 0,
    }),
    btn('↓', () => edit({ kind: 'moveInject', id: inj.id, to: inj.index + 1 }), {
      'aria-label': `Move ${inj.id} down`,
      disabled: inj.index === count - 1,
    }),
    btn('✕', () => edit({ kind: 'removeInject', id: inj.id }), { 'aria-label': `Remove ${inj.id}` }),
  );
  return el('tr', {}, ...cells.map((c) => el('td', {}, c)), tools);
}

/** The injects panel; `draw` refreshes it from the text's partial reading. */
export function injectsPanel(
  edit: (e: Edit) => void,
  nowMs: () => number,
): { box: HTMLElement; draw(p: PartialScenario): void } {
  const body = el('tbody');
  let last: PartialScenario | null = null;
  const add = (kind: 'message' | 'probe' | 'discussion') => {
    if (last) edit({ kind: 'addInject', inject: newInject(kind, last, nowMs()) });
  };
  const box = el(
    'section',
    { class: 'studio-list', 'aria-label': 'Injects' },
    el(
      'div',
      { class: 'list-tools' },
      btn('Add message', () => add('message')),
      btn('Add probe', () => add('probe')),
      btn('Add discussion', () => add('discussion')),
      el('span', { class: 'hint' }, 'New injects go in at the scrubber’s time.'),
    ),
    el(
      'table',
      { class: 'studio-table injects-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Id', 'Time or trigger', 'Type', 'Text', 'Expected action', ''].map((t) => el('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  return {
    box,
    draw(p) {
      last = p;
      refill(body, ...p.injects.map((inj) => row(inj, p.injects.length, edit)));
      if (p.injects.length === 0) body.append(el('tr', {}, el('td', { colspan: 6 }, 'No injects yet.')));
    },
  };
}
