/** The fair answer key: what the trainee could have observed of a contact by now, field by field. */
import { cellName, cellOf } from '../scenario/grid';
import type { Scenario } from '../scenario/model';
import { clockAt } from '../scenario/time';
import { prepared } from './prepare';
import { truthAssessment } from './truth';
import type { ContactState, ObservedReport, SeenCues, State } from './types';

/** The report type a seen type stands for: drones by their type, anything else "unknown". */
function reportTypeOf(type: SeenCues['type']): ObservedReport['type'] {
  if (type === undefined) return null;
  return type === 'multirotor' || type === 'fixed-wing' ? type : 'unknown';
}

/** The cell a contact was last perceived in (its last observed place, else its indication), or null. */
function lastCell(cs: ContactState): { c: number; r: number } | null {
  return cs.lastPerceivedAt === null ? null : cellOf(cs.lastPerceivedAt);
}

/** The description that could be given: the markings and behaviour read so far, or null if none could be. */
function descriptionOf(seen: SeenCues, closeSeen: boolean): string | null {
  const parts = [seen.markings, seen.behavior].filter((p): p is string => p !== undefined && p !== '');
  if (parts.length > 0) return parts.join('; ');
  return closeSeen ? '' : null;
}

/** What the light colour could be said to be: "" when the lights were seen to be off, null while unseen. */
function lightColorOf(seen: SeenCues): string | null {
  if (seen.lights === 'none') return '';
  return seen.lightColor ?? null;
}

/**
 * What the trainee could have observed of `contactId` by the state's time, marked or not: each cue
 * at the deepest reading reached, the last observed place, activity and heading, the first and last
 * times perceived, and the operator's last observed cell. A null field was not observable.
 */
export function observedReport(scenario: Scenario, state: State, contactId: string): ObservedReport {
  const p = prepared(scenario);
  const i = p.contactIndex.get(contactId);
  if (i === undefined) throw new Error(`observedReport: no contact "${contactId}" in scenario "${scenario.id}"`);
  const contact = scenario.contacts[i];
  const cs = state.contacts[i];
  const seen = cs.seen;
  const cell = lastCell(cs);
  const clock = (ms: number | null) => (ms === null ? null : clockAt(scenario.startClockMin, ms));
  const closeSeen = contact.domain === 'ground' ? seen.markings !== undefined : seen.carrying !== undefined;
  const opIndex =
    contact.domain === 'air' && contact.operator !== null ? p.contactIndex.get(contact.operator) : undefined;
  const op = opIndex === undefined ? null : state.contacts[opIndex];
  const opCell = op && op.lastObservedMs !== null ? lastCell(op) : null;
  return {
    count: seen.count ?? (contact.domain === 'ground' && seen.kind !== undefined ? 1 : null),
    type: contact.domain === 'ground' ? (seen.kind === undefined ? null : 'unknown') : reportTypeOf(seen.type),
    size: seen.size ?? null,
    activity: seen.activity ?? null,
    direction: seen.direction ?? null,
    location: cell ? cellName(cell) : null,
    perimeter: cell ? (scenario.map.perimeter[cell.r]?.[cell.c] ? 'inside' : 'outside') : null,
    operatorLocation: opCell ? cellName(opCell) : null,
    description: descriptionOf(seen, closeSeen),
    lights: contact.domain === 'ground' && seen.kind !== undefined ? 'none' : (seen.lights ?? null),
    lightColor: contact.domain === 'ground' && seen.kind !== undefined ? '' : lightColorOf(seen),
    timeFirstSeen: clock(cs.firstPerceivedMs),
    timeLastSeen: clock(cs.lastObservedMs ?? cs.lastPerceivedMs),
    payload: seen.carrying === undefined ? null : seen.carrying ? 'object-attached' : 'none-seen',
    assessment: cs.lastObservedMs === null ? null : truthAssessment(contact),
  };
}
