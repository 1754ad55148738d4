/** The after-action report sections (HSEEP shape): capabilities, strengths, improvements, probes, discussions. */

import { FIELD_LABEL, plainWords } from '../../scenario/labels';
import type { Aar, CapabilityResult, ProbeLevel } from '../../scoring/aar';
import type { ScoreCard } from '../../scoring/types';
import { h } from '../dom';

const RATING_TEXT = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to perform',
  'N/A': 'Did not come up',
} as const;

function section(id: string, title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { 'aria-labelledby': id, class: `aar-section ${id}` }, h('h2', { id }, title), ...body);
}

function capabilityBlock(c: CapabilityResult): HTMLElement {
  const id = `cap-${c.capability}`;
  return h(
    'div',
    { class: 'capability' },
    h(
      'h3',
      { id },
      `${c.capability.charAt(0).toUpperCase()}${c.capability.slice(1)} — `,
      h('abbr', { class: `rating r-${c.rating}`, title: RATING_TEXT[c.rating] }, c.rating),
      ` ${RATING_TEXT[c.rating]}${c.score === null ? '' : ` (${Math.round(c.score)})`}`,
    ),
    h(
      'table',
      { class: 'objectives', 'aria-labelledby': id },
      h(
        'thead',
        {},
        h('tr', {}, ...['Objective', 'Rating', 'Score', 'Evidence'].map((t) => h('th', { scope: 'col' }, t))),
      ),
      h(
        'tbody',
        {},
        ...c.objectives.map((o) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, o.text),
            h('td', { class: `rating r-${o.rating}` }, h('abbr', { title: RATING_TEXT[o.rating] }, o.rating)),
            h('td', {}, o.score === null ? '—' : String(Math.round(o.score))),
            h('td', {}, h('ul', {}, ...o.evidence.map((e) => h('li', {}, plainWords(e.text))))),
          ),
        ),
      ),
    ),
  );
}

function probeBlock(level: ProbeLevel): HTMLElement {
  return h(
    'div',
    { class: 'probe-level' },
    h('h3', {}, `Level ${level.level}, ${level.name}: ${level.correct} of ${level.total} right`),
    h(
      'ul',
      {},
      ...level.items.map((i) =>
        h(
          'li',
          {},
          `${i.question} You answered ${i.given ?? 'nothing'}`,
          i.right === null ? ' (not scored).' : i.right ? ': right.' : `; the answer was ${i.correct ?? '—'}.`,
        ),
      ),
    ),
  );
}

function accuracyTable(card: ScoreCard): HTMLElement {
  const fields = Object.entries(card.metrics.fieldAccuracy);
  if (fields.length === 0) return h('p', {}, 'No report was delivered, so no field could be checked.');
  return h(
    'table',
    { class: 'accuracy', 'aria-label': 'Report accuracy by field' },
    h('thead', {}, h('tr', {}, ...['Field', 'Right', 'Reports'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...fields.map(([name, a]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, FIELD_LABEL[name as keyof typeof FIELD_LABEL] ?? name),
          h('td', {}, `${Math.round(a.mean * 100)}%`),
          h('td', {}, String(a.n)),
        ),
      ),
    ),
  );
}

/** The report sections of the after-action review. */
export function reportSections(aar: Aar, card: ScoreCard): HTMLElement[] {
  return [
    section('aar-caps', 'Capabilities and objectives', ...aar.capabilities.map(capabilityBlock)),
    section(
      'aar-strengths',
      'Strengths',
      aar.strengths.length
        ? h('ul', {}, ...aar.strengths.map((s) => h('li', {}, s.text)))
        : h('p', {}, 'No objective was performed without challenges this time.'),
    ),
    section(
      'aar-improve',
      'Areas for improvement',
      aar.improvements.length
        ? h(
            'ol',
            { class: 'improvements' },
            ...aar.improvements.map((i) =>
              h(
                'li',
                {},
                h('span', { class: 'cap' }, i.capability),
                ` ${plainWords(i.what)} `,
                h('span', { class: 'suggestion' }, h('strong', {}, 'Next time: '), plainWords(i.suggestion)),
              ),
            ),
          )
        : h('p', {}, 'None: every objective that came up was performed without challenges.'),
    ),
    section(
      'aar-probes',
      'Situational awareness probes',
      aar.probes.length ? h('div', {}, ...aar.probes.map(probeBlock)) : h('p', {}, 'No probe was asked in this run.'),
    ),
    aar.discussions.length
      ? section(
          'aar-discussion',
          'Discussion answers',
          ...aar.discussions.map((d) =>
            h('div', { class: 'discussion' }, h('p', { class: 'meta' }, d.question), h('p', {}, d.answer)),
          ),
        )
      : h('span', {}),
    section('aar-accuracy', 'Report accuracy by field', accuracyTable(card)),
  ];
}
