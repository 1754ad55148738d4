/** The console's live tables: a row per seat, and the room's picture per contact (ground truth: instructor only). */
import { t } from '../../i18n';
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
    s.connected ? t('classroom:seats.yes') : t('classroom:seats.no'),
    clockText(scenario, s.seatMs),
    String(s.marked),
    `${s.reportsSent} / ${s.reportsDelivered}`,
    `${s.probesAnswered} / ${s.probesAsked}`,
    postureWord(s.posture),
    s.emissions === 'off' ? t('classroom:seats.devicesOff') : t('classroom:seats.devicesOn'),
    String(s.scoreSoFar),
  ];
}

function postureWord(posture: string): string {
  if (posture === 'alert') return t('classroom:seats.postureAlert');
  if (posture === 'cover') return t('classroom:seats.postureCover');
  return posture === 'normal' ? t('classroom:seats.postureNormal') : posture;
}

const seatHead = () => [
  t('classroom:seats.head.trainee'),
  t('classroom:seats.head.connected'),
  t('classroom:seats.head.time'),
  t('classroom:seats.head.marked'),
  t('classroom:seats.head.reports'),
  t('classroom:seats.head.questions'),
  t('classroom:seats.head.posture'),
  t('classroom:seats.head.devices'),
  t('classroom:seats.head.score'),
];

/** The seats table (caption "Trainees"). */
export function seatsTable(scenario: Scenario, m: ConsoleMessage | null): HTMLElement {
  const rows = m?.seats ?? [];
  return h(
    'table',
    { class: 'live seats' },
    h('caption', {}, t('classroom:seats.caption', { count: rows.length })),
    h('thead', {}, cells('th', seatHead())),
    h(
      'tbody',
      {},
      ...(rows.length
        ? rows.map((s) => {
            const tr = cells('td', seatCells(scenario, s));
            tr.dataset.connected = String(s.connected);
            return tr;
          })
        : [h('tr', {}, h('td', { colspan: 9 }, t('classroom:seats.none')))]),
    ),
  );
}

/** The per-contact picture (caption "The room's picture"): how many seats spotted, classified, reported, took cover. */
export function contactsTable(scenario: Scenario, m: ConsoleMessage | null): HTMLElement {
  const n = m?.seats.length ?? 0;
  const of = (k: number) => t('classroom:contacts.of', { k, n });
  const cover = (k: number | null) => (k === null ? t('classroom:contacts.notAsked') : of(k));
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
    h('caption', {}, t('classroom:contacts.caption')),
    h(
      'thead',
      {},
      cells('th', [
        t('classroom:contacts.head.contact'),
        t('classroom:contacts.head.spotted'),
        t('classroom:contacts.head.classified'),
        t('classroom:contacts.head.reported'),
        t('classroom:contacts.head.cover'),
      ]),
    ),
    h('tbody', {}, ...rows),
  );
}
