/** The ground-truth SALUTE of a contact at the current moment: what a perfect report would say. */
import { cellName, cellOf } from '../scenario/grid';
import type { Contact, Scenario } from '../scenario/model';
import { clockAt } from '../scenario/time';
import { ASSESSMENT_TRUTH, type Assessment } from '../scenario/vocab';
import { prepared } from './prepare';
import type { State, TruthReport } from './types';

/** The classification choice that stands for each domain and truth ("air:hobbyist" → "unknown-uas"). */
const ASSESSMENT_OF = new Map<string, Assessment>(
  Object.entries(ASSESSMENT_TRUTH).map(([a, { domain, truth }]) => [`${domain}:${truth}`, a as Assessment]),
);

/** The classification that is right for a contact: what its truth stands for. */
export function truthAssessment(contact: Contact): Assessment {
  return ASSESSMENT_OF.get(`${contact.domain}:${contact.truth}`) ?? 'unknown-uas';
}

/** The ground-truth report for a contact now; throws only for an id that is not in the scenario. */
export function truthReport(scenario: Scenario, state: State, contactId: string): TruthReport {
  const p = prepared(scenario);
  const i = p.contactIndex.get(contactId);
  if (i === undefined) throw new Error(`truthReport: no contact "${contactId}" in scenario "${scenario.id}"`);
  const contact = scenario.contacts[i];
  const cs = state.contacts[i];
  const cell = cellOf(cs);
  const common = {
    activity: cs.activity,
    direction: cs.heading,
    location: cellName(cell),
    perimeter: scenario.map.perimeter[cell.r]?.[cell.c] ? ('inside' as const) : ('outside' as const),
    timeFirstSeen: clockAt(scenario.startClockMin, cs.firstObservableMs ?? state.t),
    timeLastSeen: clockAt(scenario.startClockMin, state.t),
    assessment: truthAssessment(contact),
  };
  if (contact.domain === 'ground') {
    const { markings, behavior } = contact.cues;
    return {
      ...common,
      count: 1,
      type: 'unknown',
      size: 'medium',
      operatorLocation: 'not-seen',
      description: [markings, behavior].filter((s) => s !== '').join('; '),
      lights: 'none',
      lightColor: '',
      payload: 'none-seen',
    };
  }
  const cues = contact.cues;
  const op = contact.operator === null ? undefined : p.contactIndex.get(contact.operator);
  const opState = op === undefined ? null : state.contacts[op];
  return {
    ...common,
    count: cues.count,
    type: cues.type === 'multirotor' || cues.type === 'fixed-wing' ? cues.type : 'unknown',
    size: cues.size,
    operatorLocation: opState?.active ? cellName(cellOf(opState)) : 'not-seen',
    description: cues.markings,
    lights: cues.lights,
    lightColor: cues.lights === 'none' ? '' : cues.lightColor,
    payload: cues.carrying ? 'object-attached' : 'none-seen',
  };
}
