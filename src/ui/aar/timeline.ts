/** The timeline table: what happened and what the trainee did, with late, missed and wrong marked. */

import { plainWords } from '../../scenario/labels';
import type { TimelineRow } from '../../scoring/aar';
import { button, h } from '../dom';

const GAP_TEXT = { late: 'Late', missed: 'Missed', wrong: 'Wrong' } as const;

/** The timeline as a table; each time is a button that moves the replay there. */
export function timelineTable(rows: readonly TimelineRow[], seek: (tMs: number) => void): HTMLElement {
  return h(
    'table',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h('thead', {}, h('tr', {}, ...['Time', 'Who', 'What happened', 'Gap'].map((t) => h('th', { scope: 'col' }, t)))),
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
            button(r.clock, () => seek(r.t), { class: 'link', 'aria-label': `Replay from ${r.clock}` }),
          ),
          h('td', {}, r.by === 'world' ? 'World' : 'You'),
          h('td', {}, plainWords(r.text)),
          h(
            'td',
            {},
            r.gap ? h('strong', { class: `gap-tag gap-${r.gap}` }, GAP_TEXT[r.gap]) : '',
            r.note ? h('span', { class: 'note' }, ` ${r.note}`) : '',
          ),
        ),
      ),
    ),
  );
}
