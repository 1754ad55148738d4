/** The after-action report sections (HSEEP shape): capabilities, strengths, improvements, probes, discussions. */

import { t } from '../../i18n';
import { FIELD_LABEL, plainWords } from '../../scenario/labels';
import type { Aar, CapabilityResult, ProbeLevel } from '../../scoring/aar';
import type { ScoreCard } from '../../scoring/types';
import { h } from '../dom';
import { capabilityText, percentText } from '../format';

const RATING = {
  P: () => t('aar:rating.P'),
  S: () => t('aar:rating.S'),
  M: () => t('aar:rating.M'),
  U: () => t('aar:rating.U'),
  'N/A': () => t('aar:rating.NA'),
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
      `${capabilityText(c.capability).charAt(0).toLocaleUpperCase()}${capabilityText(c.capability).slice(1)} — `,
      h('abbr', { class: `rating r-${c.rating}`, title: RATING[c.rating]() }, c.rating),
      ` ${RATING[c.rating]()}${c.score === null ? '' : ` (${Math.round(c.score)})`}`,
    ),
    h(
      'table',
      { class: 'objectives', 'aria-labelledby': id },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t('aar:report.objective'), t('aar:report.rating'), t('aar:report.score'), t('aar:report.evidence')].map(
            (head) => h('th', { scope: 'col' }, head),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...c.objectives.map((o) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, o.text),
            h('td', { class: `rating r-${o.rating}` }, h('abbr', { title: RATING[o.rating]() }, o.rating)),
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
    h(
      'h3',
      {},
      t('aar:report.level', { level: level.level, name: level.name, correct: level.correct, total: level.total }),
    ),
    h(
      'ul',
      {},
      ...level.items.map((i) =>
        h(
          'li',
          {},
          `${i.question} ${t('aar:report.answered', { given: i.given ?? t('aar:report.nothing') })}`,
          i.right === null
            ? ` ${t('aar:report.notScored')}`
            : i.right
              ? t('aar:report.right')
              : t('aar:report.wrong', { answer: i.correct ?? '—' }),
        ),
      ),
    ),
  );
}

function accuracyTable(card: ScoreCard): HTMLElement {
  const fields = Object.entries(card.metrics.fieldAccuracy);
  if (fields.length === 0) return h('p', {}, t('aar:report.noReport'));
  return h(
    'table',
    { class: 'accuracy', 'aria-label': t('aar:report.accuracy') },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('aar:report.field'), t('aar:report.rightCol'), t('aar:report.reports')].map((head) =>
          h('th', { scope: 'col' }, head),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...fields.map(([name, a]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, FIELD_LABEL[name as keyof typeof FIELD_LABEL] ?? name),
          h('td', {}, percentText(a.mean)),
          h('td', {}, String(a.n)),
        ),
      ),
    ),
  );
}

/** The report sections of the after-action review. */
export function reportSections(aar: Aar, card: ScoreCard): HTMLElement[] {
  return [
    section('aar-caps', t('aar:report.capabilities'), ...aar.capabilities.map(capabilityBlock)),
    section(
      'aar-strengths',
      t('aar:report.strengths'),
      aar.strengths.length
        ? h('ul', {}, ...aar.strengths.map((s) => h('li', {}, s.text)))
        : h('p', {}, t('aar:report.noStrengths')),
    ),
    section(
      'aar-improve',
      t('aar:report.improvements'),
      aar.improvements.length
        ? h(
            'ol',
            { class: 'improvements' },
            ...aar.improvements.map((i) =>
              h(
                'li',
                {},
                h('span', { class: 'cap' }, capabilityText(i.capability)),
                ` ${plainWords(i.what)} `,
                h('span', { class: 'suggestion' }, h('strong', {}, t('aar:report.nextTime')), plainWords(i.suggestion)),
              ),
            ),
          )
        : h('p', {}, t('aar:report.noImprovements')),
    ),
    section(
      'aar-probes',
      t('aar:report.probes'),
      aar.probes.length ? h('div', {}, ...aar.probes.map(probeBlock)) : h('p', {}, t('aar:report.noProbes')),
    ),
    aar.discussions.length
      ? section(
          'aar-discussion',
          t('aar:report.discussions'),
          ...aar.discussions.map((d) =>
            h('div', { class: 'discussion' }, h('p', { class: 'meta' }, d.question), h('p', {}, d.answer)),
          ),
        )
      : h('span', {}),
    section('aar-accuracy', t('aar:report.accuracy'), accuracyTable(card)),
  ];
}
