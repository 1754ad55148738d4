/** The timeline table: what happened and what the trainee did, with late, missed and wrong marked. */

import { t } from '../../i18n';
import { plainWords } from '../../scenario/labels';
import type { TimelineRow } from '../../scoring/aar';
import { button, h } from '../dom';

const GAP_TEXT = {
  late: () => t('aar:timeline.late'),
  missed: () => t('aar:timeline.missed'),
  wrong: () => t('aar:timeline.wrong'),
} as const;

/** The timeline as a table; each time is a button that moves the replay there. */
export function timelineTable(rows: readonly TimelineRow[], seek: (tMs: number) => void): HTMLElement {
  return h(
    'table',
    { class: 'timeline', 'aria-label': t('aar:timeline.title') },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('aar:timeline.time'), t('aar:timeline.who'), t('aar:timeline.what'), t('aar:timeline.gap')].map((head) =>
          h('th', { scope: 'col' }, head),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.gap ? `gap gap-${r.gap}` : r.by },
          h(
            'td',
            { class: 'when', 'data-clock': r.clock },
            button(r.clock, () => seek(r.t), {
              class: 'link',
              'aria-label': t('aar:timeline.replayFrom', { clock: r.clock }),
            }),
          ),
          h('td', {}, r.by === 'world' ? t('aar:timeline.world') : t('aar:timeline.you')),
          h('td', {}, plainWords(r.text)),
          h(
            'td',
            {},
            r.gap ? h('strong', { class: `gap-tag gap-${r.gap}` }, GAP_TEXT[r.gap]()) : '',
            r.note ? h('span', { class: 'note' }, ` ${r.note}`) : '',
          ),
        ),
      ),
    ),
  );
}
