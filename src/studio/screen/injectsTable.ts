/** The injects as a table in list order: time or trigger, type, text, expected action; add, edit, reorder, remove. */
import { t } from '../../i18n';
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
  if (!when || typeof when !== 'object')
    return inj.value.optional === true ? t('studio:injects.byHand') : t('studio:injects.noTime');
  const w = when as Record<string, unknown>;
  const o = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  if (typeof w.detected === 'string') return t('studio:injects.whenMarked', { id: w.detected });
  if (typeof w.reported === 'string') return t('studio:injects.whenReported', { id: w.reported });
  if (typeof w.after === 'string')
    return w.delay === undefined
      ? t('studio:injects.after', { id: w.after })
      : t('studio:injects.afterDelay', { id: w.after, delay: String(w.delay) });
  if (w.contactWithin)
    return t('studio:injects.within', {
      contact: String(o(w.contactWithin).contact),
      cells: String(o(w.contactWithin).cells),
    });
  if (w.notDone) {
    const n = o(w.notDone);
    const what = `${String(n.action)} ${String(n.contact ?? n.inject ?? n.posture ?? '')}`;
    return t('studio:injects.notDone', { what, by: String(w.by) });
  }
  return t('studio:injects.trigger');
}

/** The words of an inject of a type without a words field (conditions, comms). */
function summary(inj: PartialInject): string {
  const v = inj.value;
  if (inj.type === 'conditions') {
    const c = v.conditions && typeof v.conditions === 'object' ? (v.conditions as Record<string, unknown>) : {};
    const list = Object.entries(c)
      .map(([k, x]) => `${k} ${String(x)}`)
      .join(', ');
    return t('studio:injects.conditions', { list });
  }
  if (inj.type === 'comms') return t('studio:injects.comms', { channel: String(v.channel), status: String(v.status) });
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
      from: t('studio:starter.message.from'),
      channel: 'radio',
      text: t('studio:starter.message.text'),
      expected: t('studio:starter.message.expected'),
    };
  }
  if (kind === 'probe') {
    return {
      id: nextId(p, 'probe'),
      type: 'probe',
      at,
      question: t('studio:starter.probe.question'),
      choices: [t('studio:starter.probe.none'), t('studio:starter.probe.one'), t('studio:starter.probe.more')],
      compute: { countInRange: 'air' },
      level: 1,
      expected: t('studio:starter.probe.expected'),
    };
  }
  return { id: nextId(p, 'talk'), type: 'discussion', at, question: t('studio:starter.discussion.question') };
}

function row(inj: PartialInject, count: number, edit: (e: Edit) => void): HTMLTableRowElement {
  const words = WORDS_FIELD[inj.type ?? ''];
  const id = inj.id || t('studio:injects.nth', { n: inj.index + 1 });
  const set = (path: string[], value: unknown) => edit({ kind: 'setInjectField', id: inj.id, path, value });
  const time =
    inj.value.at !== undefined || inj.value.when === undefined
      ? textIn(timeText(inj.value.at), t('studio:injects.timeOf', { id }), (v) =>
          v.trim() ? edit({ kind: 'setInjectTime', id: inj.id, at: timeValue(v) }) : set(['at'], undefined),
        )
      : el('span', { class: 'trigger' }, triggerText(inj));
  const choices = Array.isArray(inj.value.choices) ? inj.value.choices.map(String) : [];
  const body = el(
    'div',
    { class: 'stack' },
    words
      ? textIn(String(inj.value[words] ?? ''), t('studio:injects.textOf', { id }), (v) => set([words], v), {
          placeholder: words === 'question' ? t('studio:injects.question') : t('studio:injects.text'),
        })
      : el('span', {}, summary(inj)),
    inj.type === 'probe'
      ? textIn(
          choices.join(' | '),
          t('studio:injects.choicesOf', { id }),
          (v) =>
            set(
              ['choices'],
              v.split('|').map((x) => x.trim()),
            ),
          {
            placeholder: t('studio:injects.choicesHint'),
          },
        )
      : null,
    textIn(
      String(inj.value.expected ?? ''),
      t('studio:injects.expectedOf', { id }),
      (v) => set(['expected'], v || undefined),
      {
        placeholder: t('studio:injects.expected'),
      },
    ),
  );
  const tools = el(
    'td',
    { class: 'row-tools' },
    btn('↑', () => edit({ kind: 'moveInject', id: inj.id, to: inj.index - 1 }), {
      'aria-label': t('studio:injects.up', { id: inj.id }),
      disabled: inj.index === 0,
    }),
    btn('↓', () => edit({ kind: 'moveInject', id: inj.id, to: inj.index + 1 }), {
      'aria-label': t('studio:injects.down', { id: inj.id }),
      disabled: inj.index === count - 1,
    }),
    btn('✕', () => edit({ kind: 'removeInject', id: inj.id }), {
      'aria-label': t('studio:injects.remove', { id: inj.id }),
    }),
  );
  return el(
    'tr',
    {},
    el('td', {}, el('strong', {}, inj.id), el('br'), el('span', { class: 'meta' }, inj.type ?? '?')),
    el('td', {}, time),
    el('td', {}, body),
    tools,
  );
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
    { class: 'studio-list', 'aria-label': t('studio:tabs.injects') },
    el(
      'div',
      { class: 'list-tools' },
      btn(t('studio:injects.addMessage'), () => add('message')),
      btn(t('studio:injects.addProbe'), () => add('probe')),
      btn(t('studio:injects.addDiscussion'), () => add('discussion')),
      el('span', { class: 'hint' }, t('studio:injects.hint')),
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
          ...[t('studio:injects.head.inject'), t('studio:injects.head.when'), t('studio:injects.head.text'), ''].map(
            (head) =>
              el('th', { scope: 'col' }, head || el('span', { class: 'sr-only' }, t('access:table.rowButtons'))),
          ),
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
      if (p.injects.length === 0) body.append(el('tr', {}, el('td', { colspan: 4 }, t('studio:injects.none'))));
    },
  };
}
