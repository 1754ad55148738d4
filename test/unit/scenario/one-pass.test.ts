/** Every problem in one pass: cross-reference checks run on the well-formed parts of items with shape errors. */
import { describe, expect, it } from 'vitest';
import { fixture, problemsOf, text } from './helpers';

const codes = (f: unknown) => problemsOf(text(f)).map((p) => `${p.code} ${p.pointer}`);

describe('one pass over a file with shape errors', () => {
  it('checks the waypoints of a contact whose cues or activity are wrong', () => {
    const f = fixture('minimal.json');
    f.contacts = [
      {
        id: 'c1',
        domain: 'air',
        truth: 'bird',
        cues: { sound: 'quiet' },
        path: [
          { at: '2:00', cell: 'A1', activity: 'flying' },
          { at: '1:00', cell: 'H9' },
        ],
      },
    ];
    expect(codes(f)).toEqual([
      'bad-value /contacts/0/cues/sound',
      'bad-value /contacts/0/path/0/activity',
      'waypoint-order /contacts/0/path/1/at',
      'off-map /contacts/0/path/1/cell',
    ]);
  });

  it('checks the well-formed waypoints of a contact that cannot be mended (a bad cell, a bad domain)', () => {
    const f = fixture('minimal.json');
    f.contacts = [
      {
        id: 'c1',
        domain: 'air',
        truth: 'bird',
        path: [
          { at: '1:00', cell: 'B0' },
          { at: '3:00', cell: 'A1' },
          { at: '2:00', cell: 'H9' },
        ],
      },
      { id: 'c2', domain: 'sky', truth: 'bird', path: [{ at: 5, cell: 'Z1' }] },
    ];
    expect(codes(f)).toEqual([
      'bad-cell /contacts/0/path/0/cell',
      'waypoint-order /contacts/0/path/2/at',
      'off-map /contacts/0/path/2/cell',
      'bad-value /contacts/1/domain',
      'off-map /contacts/1/path/0/cell',
    ]);
  });

  it('checks the references of an inject whose optional fields are wrong', () => {
    const f = fixture('minimal.json');
    f.injects = [{ id: 'm1', type: 'message', at: 60, from: 'Desk', text: 't', channel: 'pigeon', objectives: ['o9'] }];
    expect(codes(f)).toEqual(['bad-value /injects/0/channel', 'unknown-objective /injects/0/objectives/0']);
  });

  it('checks an objective whose weight is wrong', () => {
    const f = fixture('minimal.json');
    f.objectives.push({
      id: 'o2',
      capability: 'detect',
      text: 'd',
      weight: -1,
      rule: { type: 'detect', contacts: ['nobody'] },
    });
    expect(codes(f)).toEqual(['out-of-range /objectives/1/weight', 'unknown-contact /objectives/1/rule/contacts/0']);
  });

  it('does not call a field written wrong "missing" (no knock-on errors)', () => {
    const f = fixture('minimal.json');
    f.injects = [
      { id: 'm1', type: 'message', at: '2:3x', from: 'Desk', text: 't' },
      { id: 'p1', type: 'probe', at: 400, question: 'q', choices: ['a', 'b'], answer: -1, level: 1 },
      { id: 'm2', type: 'message', at: 500, from: 'Desk', text: 't', requiresAck: 'yes' },
    ];
    f.objectives.push(
      { id: 'o2', capability: 'opsec', text: 'e', rule: { type: 'emissions', state: 'off', bySec: -5 } },
      { id: 'o3', capability: 'comms', text: 'a', rule: { type: 'acknowledge', injects: ['m2'] } },
    );
    expect(codes(f)).toEqual([
      'out-of-range /objectives/1/rule/bySec',
      'bad-time /injects/0/at',
      'out-of-range /injects/1/answer',
      'wrong-type /injects/2/requiresAck',
    ]);
  });

  it('still finds what is missing when nothing was written (the same items without the mistakes)', () => {
    const f = fixture('minimal.json');
    f.injects = [
      { id: 'm1', type: 'message', from: 'Desk', text: 't', channel: 'pigeon' },
      { id: 'p1', type: 'probe', at: 400, question: 'q', choices: ['a', 'b'], level: 1, channel: 'x' },
    ];
    expect(codes(f)).toEqual([
      'trigger-missing /injects/0',
      'bad-value /injects/0/channel',
      'probe-answer-missing /injects/1',
      'unknown-field /injects/1/channel',
    ]);
  });
});
