/** The console's live tables: a row per seat, and the room's picture per contact (ground truth: instructor only). */
import type { ConsoleMessage, SeatRow } from '../../protocol';
import { truthLabel } from '../../scenario/labels';
import type { Scenario } from '../../scenario/model';
import { h } from '../dom';
import { clockText } from '../format';

function cells(tag: 'th' | 'td', values: readonly string[]): HTMLTableRowElement {
  return h('tr', {}, ...values.map((v) => h(tag, tag === 'th' ? { scope: 'col' } : {}, v)));
}

function seatCells(scenario: Scenario, s: SeatRow): string[] {
  return [
    s.name,
    s.connected ? 'yes' : 'no',
    clockText(scenario, s.seatMs),
    String(s.marked),
    `${s.reportsSent} / ${s.reportsDelivered}`,
    `${s.probesAnswered} / ${s.probesAsked}`,
    s.posture,
    s.emissions,
    String(s.scoreSoFar),
  ];
}

const SEAT_HEAD = [
  'Trainee',
  'Connected',
  'Their time',
  'Tracks marked',
  'Reports sent / delivered',
  'Questions answered / asked',
  'Posture',
  'Devices',
  'Score so far',
];

/** The seats table (caption "Trainees"). */
export function seatsTable(scenario: Scenario, m: ConsoleMessage | null): HTMLElement {
  const rows = m?.seats ?? [];
  return h(
    'table',
    { class: 'live seats' },
    h('caption', {}, `Trainees (${rows.length})`),
    h('thead', {}, cells('th', SEAT_HEAD)),
    h(
      'tbody',
      {},
      ...(rows.length
        ? rows.map((s) => {
            const tr = cells('td', seatCells(scenario, s));
            tr.dataset.connected = String(s.connected);
            return tr;
          })
        : [h('tr', {}, h('td', { colspan: SEAT_HEAD.length }, 'No one has joined yet.'))]),
    ),
  );
}

/** The per-contact picture (caption "The room's picture"): how many seats spotted, classified, reported, took cover. */
export function contactsTable(scenario: Scenario, m: ConsoleMessage | null): HTMLElement {
  const n = m?.seats.length ?? 0;
  const of = (k: number) => `${k} of ${n}`;
  const cover = (k: number | null) => (k === null ? 'not asked' : of(k));
  const rows = (m?.contacts ?? []).map((c) => {
    const contact = scenario.contacts.find((x) => x.id === c.contactId);
    const truth = contact ? truthLabel(contact.domain, contact.truth) : c.truth;
    const name = c.label || c.contactId;
    return cells('td', [
      `${name} (${truth})`,
      of(c.spotted),
      of(c.classifiedRight),
      of(c.reported),
      cover(c.coverInTime),
    ]);
  });
  return h(
    'table',
    { class: 'live contacts' },
    h('caption', {}, 'The room’s picture, per contact (ground truth)'),
    h('thead', {}, cells('th', ['Contact', 'Spotted', 'Classified right', 'Reported', 'Took cover in time'])),
    h('tbody', {}, ...rows),
  );
}
