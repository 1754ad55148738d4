/**
 * The instructor's live console, computed from every seat's engine state: a row per seat and the room's
 * picture per contact (ground truth included — the console is the instructor's only).
 * These rows are the classroom protocol's SeatRow and ContactRow (src/protocol imports their types from here).
 */
import { truthAssessment } from '../../engine';
import type { State } from '../../engine/types';
import type { Scenario } from '../../scenario/model';
import { score } from '../score';
import type { ScoreCard } from '../types';

/** What the console knows of one seat. */
export interface ConsoleSeat {
  seatId: string;
  name: string;
  connected: boolean;
  state: State;
}

/** One seat's row. */
export interface ConsoleSeatRow {
  seatId: string;
  name: string;
  connected: boolean;
  seatMs: number;
  marked: number;
  reportsSent: number;
  reportsDelivered: number;
  probesAnswered: number;
  probesAsked: number;
  posture: string;
  emissions: string;
  scoreSoFar: number;
}

/**
 * One contact's row, each a count of seats: spotted = marked it; classifiedRight = its track classified as
 * the truth; reported = a report filed on it; coverInTime = its protect objective earned in full (null when
 * no objective asks for cover against this contact).
 */
export interface ConsoleContactRow {
  contactId: string;
  /** The contact's label in the scenario (instructor only). */
  label: string;
  /** The ground truth as the right classification, e.g. "suspicious-uas" (instructor only). */
  truth: string;
  spotted: number;
  classifiedRight: number;
  reported: number;
  coverInTime: number | null;
}

/** A seat's row from its state and its score so far. */
export function seatRow(seat: ConsoleSeat, card: ScoreCard): ConsoleSeatRow {
  const s = seat.state;
  return {
    seatId: seat.seatId,
    name: seat.name,
    connected: seat.connected,
    seatMs: s.t,
    marked: s.tracks.filter((t) => !t.dropped).length,
    reportsSent: s.reports.length,
    reportsDelivered: s.reports.filter((r) => r.status === 'delivered').length,
    probesAnswered: Object.keys(s.answers).length,
    probesAsked: Object.keys(s.probeTruth).length,
    posture: s.posture,
    emissions: s.emissions,
    scoreSoFar: card.overall,
  };
}

/** Whether this seat's protect objectives against `contactId` all earned full credit (null: none came up or none exist). */
function coveredInTime(scenario: Scenario, card: ScoreCard, contactId: string): boolean | null {
  const ids = new Set(
    scenario.objectives.filter((o) => o.rule.type === 'protect' && o.rule.contact === contactId).map((o) => o.id),
  );
  const results = card.objectives.filter((o) => ids.has(o.id) && o.score !== null);
  return results.length === 0 ? null : results.every((o) => o.score === 100);
}

/** The live console: a row per seat (in the given order) and a row per contact of the scenario. */
export function classConsole(
  scenario: Scenario,
  seats: readonly ConsoleSeat[],
): { seats: ConsoleSeatRow[]; contacts: ConsoleContactRow[] } {
  const cards = seats.map((seat) => score(scenario, seat.state, seat.state.frozenProbe));
  const hasProtect = new Set(scenario.objectives.flatMap((o) => (o.rule.type === 'protect' ? [o.rule.contact] : [])));
  const contacts = scenario.contacts.map((contact): ConsoleContactRow => {
    const right = truthAssessment(contact);
    let spotted = 0;
    let classifiedRight = 0;
    let reported = 0;
    let cover = 0;
    seats.forEach((seat, i) => {
      const tracks = seat.state.tracks.filter((t) => t.contact === contact.id);
      if (tracks.length > 0) spotted++;
      if (tracks.some((t) => !t.dropped && t.classification === right)) classifiedRight++;
      if (seat.state.reports.some((r) => r.contact === contact.id)) reported++;
      if (coveredInTime(scenario, cards[i], contact.id)) cover++;
    });
    return {
      contactId: contact.id,
      label: contact.label,
      truth: right,
      spotted,
      classifiedRight,
      reported,
      coverInTime: hasProtect.has(contact.id) ? cover : null,
    };
  });
  return { seats: seats.map((seat, i) => seatRow(seat, cards[i])), contacts };
}
