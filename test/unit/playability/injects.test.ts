/** inject-never-fires: triggers no playtest run meets; contingencies and static cases stay quiet. */
import { describe, expect, it } from 'vitest';
import { base, nearDrone, warningsOf } from './helpers';

const message = (id: string, trigger: object, extra: object = {}) => ({
  id,
  type: 'message',
  from: 'Desk',
  text: 'Hello',
  ...trigger,
  ...extra,
});

describe('inject-never-fires', () => {
  it('warns about an inject after an optional inject', () => {
    const s = base();
    s.injects = [message('hint', {}, { optional: true }), message('follow', { when: { after: 'hint' } })];
    const w = warningsOf(s);
    expect(w.keys).toEqual(['inject-never-fires /injects/1']);
    expect(w.messages[0]).toContain('it waits for "hint", which is optional');
  });

  it('warns about detected/reported of a contact never observable, and contactWithin never reached', () => {
    const s = base();
    s.contacts = [nearDrone(), { ...nearDrone('late'), start: 'hint' }];
    s.injects = [
      message('seen', { when: { detected: 'late' } }),
      message('told', { when: { reported: 'late' } }),
      message('close', { when: { contactWithin: { contact: 'c1', cells: 1 } } }),
      message('hint', {}, { optional: true }),
    ];
    const w = warningsOf(s);
    expect(w.keys).toEqual([
      'inject-never-fires /injects/0',
      'inject-never-fires /injects/1',
      'inject-never-fires /injects/2',
    ]);
    expect(w.messages[0]).toContain('contact "late" never becomes observable');
    expect(w.messages[2]).toContain('contact "c1" comes no closer than 2.2 cells');
  });

  it('warns about an inject timed after an end inject', () => {
    const s = base();
    s.injects = [{ id: 'stop', type: 'end', at: '5:00' }, message('late', { at: '8:00' })];
    const w = warningsOf(s);
    expect(w.keys).toEqual(['inject-never-fires /injects/1']);
    expect(w.messages[0]).toContain('play ends at 5:00');
  });

  it('leaves "at" after durationSec to the static inject-after-end warning', () => {
    const s = base();
    s.injects = [message('late', { at: '12:00' })];
    expect(warningsOf(s).keys).toEqual([]);
  });

  it('is quiet for a contingency the perfect trainee makes unnecessary but a passive one triggers', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.injects = [message('chase', { when: { notDone: { action: 'report', contact: 'c1' }, by: '4:00' } })];
    expect(warningsOf(s).keys).toEqual([]);
  });

  it('is quiet for triggers a trainee meets', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.injects = [
      message('seen', { when: { detected: 'c1' } }),
      message('told', { when: { reported: 'c1' } }),
      message('close', { when: { contactWithin: { contact: 'c1', cells: 3 } } }),
      message('then', { when: { after: 'close', delay: '0:30' } }),
    ];
    expect(warningsOf(s).keys).toEqual([]);
  });
});
