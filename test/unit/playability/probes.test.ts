/** probe-early and probe-close for probes whose firing time only the playtest run shows. */
import { describe, expect, it } from 'vitest';
import { base, nearDrone, warningsOf } from './helpers';

const probe = (id: string, trigger: object) => ({
  id,
  type: 'probe',
  question: 'How many drones?',
  choices: ['0', '1'],
  answer: 1,
  level: 1,
  ...trigger,
});

describe('probe timing by simulation', () => {
  it('warns about a probe triggered in the first 3:00', () => {
    const s = base();
    s.contacts = [nearDrone()];
    s.injects = [probe('p1', { when: { detected: 'c1' } })];
    const w = warningsOf(s);
    expect(w.keys).toEqual(['probe-early /injects/0']);
    expect(w.messages[0]).toMatch(/in the perfect playtest this probe fires at 0:\d\d, in the first 3:00/);
  });

  it('does not warn about a triggered probe after 3:00', () => {
    const s = base();
    s.contacts = [nearDrone('c1', 200)];
    s.injects = [probe('p1', { when: { detected: 'c1' } })];
    expect(warningsOf(s).keys).toEqual([]);
  });

  it('warns about a triggered probe less than 3:00 after a timed one', () => {
    const s = base();
    s.contacts = [nearDrone('c1', 240)];
    s.injects = [probe('p0', { at: '3:30' }), probe('p1', { when: { detected: 'c1' } })];
    expect(warningsOf(s).keys).toEqual(['probe-close /injects/1']);
  });

  it('leaves probes timed with "at" to the static check (no duplicate)', () => {
    const s = base();
    s.injects = [probe('p0', { at: '1:00' }), probe('p1', { at: '2:00' })];
    expect(warningsOf(s).keys).toEqual([]);
  });
});
