/** The objectives with their rules: capability, words, weight and the rule (as JSON); add from presets, remove. */
import { t } from '../../i18n';
import type { ObjectiveFile } from '../../scenario/schema';
import { CAPABILITIES } from '../../scenario/vocab';
import type { Edit } from '../edits/types';
import type { PartialItem, PartialScenario } from '../partial';
import { btn, el, refill } from './dom';
import { pickIn, textIn } from './inputs';

/** Objectives the panel adds in one click; contacts "air" means every air contact. */
const PRESETS: { label: () => string; text: () => string; objective: Omit<ObjectiveFile, 'id' | 'text'> }[] = [
  {
    label: () => t('studio:objectives.detect'),
    text: () => t('studio:starter.objectives.detect'),
    objective: {
      capability: 'detect',
      rule: { type: 'detect', contacts: 'air', withinSec: 60 },
    },
  },
  {
    label: () => t('studio:objectives.classify'),
    text: () => t('studio:starter.objectives.classify'),
    objective: {
      capability: 'classify',
      rule: { type: 'classify', contacts: 'air' },
    },
  },
  {
    label: () => t('studio:objectives.report'),
    text: () => t('studio:starter.objectives.report'),
    objective: {
      capability: 'report',
      rule: { type: 'report', contacts: 'air', withinSec: 120, minAccuracy: 0.7 },
      weight: 2,
    },
  },
  {
    label: () => t('studio:objectives.probes'),
    text: () => t('studio:starter.objectives.probes'),
    objective: {
      capability: 'awareness',
      rule: { type: 'probes', minCorrect: 0.5 },
    },
  },
  {
    label: () => t('studio:objectives.falseReports'),
    text: () => t('studio:starter.objectives.falseReports'),
    objective: {
      capability: 'discipline',
      rule: { type: 'falseReports', max: 0 },
    },
  },
];

function objectiveRow(o: PartialItem, edit: (e: Edit) => void): HTMLTableRowElement {
  const set = (path: string[], value: unknown) => edit({ kind: 'setObjectiveField', id: o.id, path, value });
  const rule = el('input', {
    type: 'text',
    value: JSON.stringify(o.value.rule ?? {}),
    'aria-label': t('studio:objectives.ruleOf', { id: o.id }),
    class: 'mono',
  });
  rule.addEventListener('change', () => {
    try {
      set(['rule'], JSON.parse(rule.value));
      rule.removeAttribute('aria-invalid');
    } catch {
      rule.setAttribute('aria-invalid', 'true');
      rule.title = t('studio:objectives.ruleHint', {
        example: '{"type": "detect", "contacts": "air", "withinSec": 60}',
      });
    }
  });
  return el(
    'tr',
    {},
    el(
      'td',
      {},
      el(
        'div',
        { class: 'stack' },
        el('strong', {}, o.id),
        pickIn(CAPABILITIES, String(o.value.capability ?? ''), t('studio:objectives.capabilityOf', { id: o.id }), (v) =>
          set(['capability'], v),
        ),
      ),
    ),
    el(
      'td',
      {},
      el(
        'div',
        { class: 'stack' },
        textIn(String(o.value.text ?? ''), t('studio:objectives.textOf', { id: o.id }), (v) => set(['text'], v)),
        rule,
      ),
    ),
    el(
      'td',
      {},
      textIn(
        String(o.value.weight ?? ''),
        t('studio:objectives.weightOf', { id: o.id }),
        (v) => set(['weight'], v ? Number(v) : undefined),
        {
          placeholder: '1',
        },
      ),
    ),
    el(
      'td',
      {},
      btn('✕', () => edit({ kind: 'removeObjective', id: o.id }), {
        'aria-label': t('studio:objectives.remove', { id: o.id }),
      }),
    ),
  );
}

/** The objectives panel; `draw` refreshes it. */
export function objectivesPanel(edit: (e: Edit) => void): { box: HTMLElement; draw(p: PartialScenario): void } {
  const body = el('tbody');
  let last: PartialScenario | null = null;
  const add = (preset: (typeof PRESETS)[number]) => {
    if (!last) return;
    const taken = new Set(last.objectives.map((o) => o.id));
    const base = preset.objective.rule.type.toLowerCase();
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    edit({ kind: 'addObjective', objective: { id, ...preset.objective, text: preset.text() } });
  };
  const box = el(
    'section',
    { class: 'studio-list', 'aria-label': t('studio:tabs.objectives') },
    el(
      'div',
      { class: 'list-tools' },
      el('span', {}, t('studio:objectives.add')),
      ...PRESETS.map((p) =>
        btn(p.label(), () => add(p), { 'aria-label': t('studio:objectives.addLabel', { name: p.label() }) }),
      ),
    ),
    el(
      'table',
      { class: 'studio-table objectives-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[
            t('studio:objectives.head.objective'),
            t('studio:objectives.head.text'),
            t('studio:objectives.head.weight'),
            '',
          ].map((head) =>
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
      refill(body, ...p.objectives.map((o) => objectiveRow(o, edit)));
      if (p.objectives.length === 0) body.append(el('tr', {}, el('td', { colspan: 4 }, t('studio:objectives.none'))));
    },
  };
}
