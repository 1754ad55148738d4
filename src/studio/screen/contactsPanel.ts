/** The contacts: pick one to draw its path on the map, its label and truth, and its waypoints (time, cell, activity). */
import { t } from '../../i18n';
import type { ContactFile } from '../../scenario/schema';
import { formatOffset } from '../../scenario/time';
import { ACTIVITIES, AIR_TRUTHS, GROUND_TRUTHS } from '../../scenario/vocab';
import type { Edit } from '../edits/types';
import type { PartialContact, PartialScenario } from '../partial';
import { btn, el, refill } from './dom';
import { pickIn, textIn, timeText, timeValue } from './inputs';

type Kind = 'drone' | 'bird' | 'person';

const CUES: Record<Kind, Pick<ContactFile, 'domain' | 'truth' | 'cues'>> = {
  drone: {
    domain: 'air',
    truth: 'suspicious',
    cues: { type: 'multirotor', size: 'small', count: 1, sound: 'faint', lights: 'none', altitude: 'low' },
  },
  bird: {
    domain: 'air',
    truth: 'bird',
    cues: { type: 'bird', size: 'small', count: 3, sound: 'none', lights: 'none', altitude: 'low' },
  },
  person: { domain: 'ground', truth: 'operator', cues: { kind: 'person' } },
};

/** The label a new contact of a kind starts with, in the author's language. */
const LABELS: Record<Kind, () => string> = {
  drone: () => t('studio:starter.contacts.drone'),
  bird: () => t('studio:starter.contacts.bird'),
  person: () => t('studio:starter.contacts.person'),
};

/** A new contact of a kind, with one waypoint in the top-left cell at `tMs` (draw the rest on the map). */
export function newContact(kind: Kind, p: PartialScenario, tMs: number): ContactFile {
  const taken = new Set(p.contacts.map((c) => c.id));
  let n = 1;
  while (taken.has(`${kind}${n}`)) n++;
  const { domain, truth, cues } = CUES[kind];
  return {
    id: `${kind}${n}`,
    domain,
    truth,
    label: LABELS[kind](),
    cues,
    path: [{ at: formatOffset(tMs), cell: 'A1' }],
  };
}

function waypointRows(c: PartialContact, edit: (e: Edit) => void): HTMLTableRowElement[] {
  return c.path.map((w, index) => {
    const n = index + 1;
    const asBefore = t('studio:contacts.asBefore');
    return el(
      'tr',
      {},
      el('td', {}, String(index + 1)),
      el(
        'td',
        {},
        textIn(timeText(w.at), t('studio:contacts.waypointTime', { n, id: c.id }), (v) =>
          edit({ kind: 'setWaypoint', contact: c.id, index, at: timeValue(v) }),
        ),
      ),
      el(
        'td',
        {},
        textIn(w.cell ?? '', t('studio:contacts.waypointCell', { n, id: c.id }), (v) =>
          edit({ kind: 'setWaypoint', contact: c.id, index, cell: v.trim().toUpperCase() }),
        ),
      ),
      el(
        'td',
        {},
        pickIn(
          [asBefore, ...ACTIVITIES],
          w.activity ?? asBefore,
          t('studio:contacts.waypointActivity', { n, id: c.id }),
          (v) =>
            edit({
              kind: 'setWaypoint',
              contact: c.id,
              index,
              activity: v === asBefore ? null : (v as (typeof ACTIVITIES)[number]),
            }),
        ),
      ),
      el(
        'td',
        {},
        btn('✕', () => edit({ kind: 'removeWaypoint', contact: c.id, index }), {
          'aria-label': t('studio:contacts.removeWaypoint', { n, id: c.id }),
          disabled: c.path.length <= 1,
        }),
      ),
    );
  });
}

function contactBox(c: PartialContact, selected: boolean, select: () => void, edit: (e: Edit) => void): HTMLElement {
  const truths = c.domain === 'ground' ? GROUND_TRUTHS : AIR_TRUTHS;
  const set = (path: string[], value: unknown) => edit({ kind: 'setContactField', id: c.id, path, value });
  const head = el(
    'div',
    { class: 'contact-head' },
    el(
      'label',
      { class: 'check' },
      el('input', {
        type: 'radio',
        name: 'studio-contact',
        checked: selected,
        'aria-label': t('studio:contacts.drawPath', { id: c.id }),
      }),
      el('strong', {}, c.id),
    ),
    textIn(c.label ?? '', t('studio:contacts.labelOf', { id: c.id }), (v) => set(['label'], v || undefined)),
    pickIn(truths, c.truth ?? '', t('studio:contacts.truthOf', { id: c.id }), (v) => set(['truth'], v)),
    btn(t('studio:contacts.remove'), () => edit({ kind: 'removeContact', id: c.id }), {
      'aria-label': t('studio:contacts.removeLabel', { id: c.id }),
    }),
  );
  head.querySelector('input[type=radio]')?.addEventListener('change', select);
  const box = el('article', { class: `contact${selected ? ' selected' : ''}` }, head);
  if (selected) {
    box.append(
      el(
        'table',
        { class: 'studio-table', 'aria-label': t('studio:contacts.waypoints', { id: c.id }) },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...[
              '#',
              t('studio:contacts.head.time'),
              t('studio:contacts.head.cell'),
              t('studio:contacts.head.activity'),
              '',
            ].map((head) =>
              el('th', { scope: 'col' }, head || el('span', { class: 'sr-only' }, t('access:table.rowButtons'))),
            ),
          ),
        ),
        el('tbody', {}, ...waypointRows(c, edit)),
      ),
      el('p', { class: 'hint' }, t('studio:contacts.pathHint')),
    );
  }
  return box;
}

/** The contacts panel; `draw` refreshes it. `selected()` is the contact whose path the map edits. */
export function contactsPanel(
  edit: (e: Edit) => void,
  nowMs: () => number,
  selected: () => string | null,
  select: (id: string) => void,
): { box: HTMLElement; draw(p: PartialScenario): void } {
  const list = el('div', { class: 'contacts' });
  let last: PartialScenario | null = null;
  const add = (kind: Kind) => {
    if (!last) return;
    const contact = newContact(kind, last, nowMs());
    select(contact.id);
    edit({ kind: 'addContact', contact });
  };
  const box = el(
    'section',
    { class: 'studio-list', 'aria-label': t('studio:tabs.contacts') },
    el(
      'div',
      { class: 'list-tools' },
      btn(t('studio:contacts.addDrone'), () => add('drone')),
      btn(t('studio:contacts.addBirds'), () => add('bird')),
      btn(t('studio:contacts.addPerson'), () => add('person')),
    ),
    list,
  );
  const draw = (p: PartialScenario) => {
    last = p;
    refill(
      list,
      ...p.contacts.map((c) =>
        contactBox(
          c,
          c.id === selected(),
          () => {
            select(c.id);
            draw(p);
          },
          edit,
        ),
      ),
    );
    if (p.contacts.length === 0) list.append(el('p', { class: 'hint' }, t('studio:contacts.none')));
  };
  return { box, draw };
}
