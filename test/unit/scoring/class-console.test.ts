/** The instructor's live console: rows per seat and the room's picture per contact, from seat states. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { advanceTo, apply, init, truthAssessment } from '../../../src/engine';
import type { Action, State } from '../../../src/engine/types';
import { parseScenario } from '../../../src/scenario';
import { classConsole } from '../../../src/scoring/class/console';

const parsed = parseScenario(readFileSync('assets/scenarios/first-watch.json', 'utf8'));
if (!parsed.ok) throw new Error('first-watch does not parse');
const scenario = parsed.value;

function act(state: State, action: Action): State {
  const r = apply(scenario, state, action);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.state;
}

it('counts each seat and each contact, ground truth included', () => {
  // Run until the first contact is observable, so a seat can mark and classify it.
  let s = init(scenario);
  for (let t = 0; t < scenario.durationMs && !s.contacts.some((c) => c.perception === 'observable'); t += 1000) {
    s = advanceTo(scenario, s, t);
  }
  const seen = s.contacts.find((c) => c.perception === 'observable');
  if (!seen) throw new Error('no contact became observable');
  const contact = scenario.contacts.find((c) => c.id === seen.id);
  if (!contact) throw new Error('contact');
  const right = truthAssessment(contact);
  const idle = s;
  let good = act(s, { type: 'mark', contact: seen.id });
  good = act(good, { type: 'classify', contact: seen.id, as: right });
  good = act(good, { type: 'posture', posture: 'alert' });
  let wrong = act(s, { type: 'mark', contact: seen.id });
  wrong = act(wrong, { type: 'classify', contact: seen.id, as: right === 'bird' ? 'hazard' : 'bird' });

  const c = classConsole(scenario, [
    { seatId: 's1', name: 'Ana', connected: true, state: good },
    { seatId: 's2', name: 'Ben', connected: false, state: wrong },
    { seatId: 's3', name: 'Cleo', connected: true, state: idle },
  ]);
  expect(c.seats.map((r) => [r.name, r.connected, r.marked, r.posture, r.seatMs])).toEqual([
    ['Ana', true, 1, 'alert', s.t],
    ['Ben', false, 1, 'normal', s.t],
    ['Cleo', true, 0, 'normal', s.t],
  ]);
  for (const r of c.seats) expect(r.scoreSoFar).toBeGreaterThanOrEqual(0);
  const row = c.contacts.find((r) => r.contactId === seen.id);
  expect(row).toMatchObject({ truth: right, label: contact.label, spotted: 2, classifiedRight: 1, reported: 0 });
  expect(c.contacts.map((r) => r.contactId)).toEqual(scenario.contacts.map((x) => x.id));
});
