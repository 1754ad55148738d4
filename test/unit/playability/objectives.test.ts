/** Objectives no trainee could meet: unseen contacts, too brief to report, never close enough, unseen operators. */
import { describe, expect, it } from 'vitest';
import { base, farDrone, nearDrone, warningsOf } from './helpers';

const objective = (id: string, rule: object) => ({ id, capability: 'detect', text: id, rule });

describe('contact-never-observable', () => {
  it('warns when a listed contact is never observable, even with focus', () => {
    const s = base();
    s.contacts = [nearDrone(), farDrone()];
    s.objectives.push(objective('spot', { type: 'detect', contacts: ['c1', 'far'] }));
    const w = warningsOf(s);
    expect(w.keys).toEqual(['contact-never-observable /objectives/1/rule/contacts/1']);
    expect(w.messages[0]).toContain('contact "far" never becomes observable to the trainee, even with focus');
  });

  it('warns once for a selector none of whose contacts is ever observable', () => {
    const s = base();
    s.contacts = [farDrone()];
    s.objectives.push(objective('spot', { type: 'classify', contacts: 'air' }));
    expect(warningsOf(s).keys).toEqual(['contact-never-observable /objectives/1/rule/contacts']);
  });

  it('is quiet when every contact can be seen', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.objectives.push(objective('spot', { type: 'detect', contacts: ['c1'] }));
    expect(warningsOf(s).keys).toEqual([]);
  });
});

describe('report-too-brief', () => {
  const dash = {
    id: 'dash',
    domain: 'air',
    truth: 'suspicious',
    path: [
      { at: 0, cell: 'A6', activity: 'transiting' },
      { at: 12, cell: 'L6' },
    ],
  };

  it('warns when the contact is observable for less than 0:30', () => {
    const s = base();
    s.contacts = [dash];
    s.objectives.push(objective('tell', { type: 'report', contacts: ['dash'] }));
    const w = warningsOf(s);
    expect(w.keys).toEqual(['report-too-brief /objectives/1/rule/contacts/0']);
    expect(w.messages[0]).toMatch(/observable for at most 0:\d\d in any playtest run, less than the 0:30/);
  });

  it('is quiet for a contact in view long enough', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.objectives.push(objective('tell', { type: 'report', contacts: ['c1'] }));
    expect(warningsOf(s).keys).toEqual([]);
  });
});

describe('protect-never-close', () => {
  it('warns when the contact never comes within beforeWithinCells', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.objectives.push({
      id: 'cover',
      capability: 'protect',
      text: 'cover',
      rule: { type: 'protect', contact: 'c1', posture: 'cover', beforeWithinCells: 1 },
    });
    const w = warningsOf(s);
    expect(w.keys).toEqual(['protect-never-close /objectives/1/rule/beforeWithinCells']);
    expect(w.messages[0]).toContain('comes no closer than 2.2 cells, never within 1 cells');
  });

  it('is quiet when it comes that close', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.objectives.push({
      id: 'cover',
      capability: 'protect',
      text: 'cover',
      rule: { type: 'protect', contact: 'c1', posture: 'cover', beforeWithinCells: 3 },
    });
    expect(warningsOf(s).keys).toEqual([]);
  });
});

describe('operator-never-observable', () => {
  const operator = (cell: string) => ({
    id: 'op',
    domain: 'ground',
    truth: 'operator',
    path: [
      { at: 0, cell, activity: 'hovering' },
      { at: 400, cell },
    ],
  });

  it('warns when the drone’s operator is never observable', () => {
    const s = base();
    s.contacts = [{ ...nearDrone(), operator: 'op' }, operator('L1')];
    s.objectives.push(objective('who', { type: 'operator', contacts: ['c1'] }));
    expect(warningsOf(s).keys).toEqual(['operator-never-observable /objectives/1/rule/contacts/0']);
  });

  it('is quiet when the operator can be seen', () => {
    const s = base();
    s.contacts = [{ ...nearDrone(), operator: 'op' }, operator('H6')];
    s.objectives.push(objective('who', { type: 'operator', contacts: ['c1'] }));
    expect(warningsOf(s).keys).toEqual([]);
  });
});
