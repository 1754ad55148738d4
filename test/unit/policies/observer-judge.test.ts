import { describe, expect, test } from 'vitest';
import { bookingFor } from '../../../src/scoring/policies/observer/booking';
import { judge, noBehaviour } from '../../../src/scoring/policies/observer/judge';
import { briefOf, track, view } from './view';

// authorized-flight: INSPECT-2 is booked for the east sector (I1:L8) from 10:01 to 10:09, a small white
// multirotor with an orange stripe and a steady green light; play starts at 10:00.
const brief = briefOf('authorized-flight');
const inspectLike = { type: 'multirotor', lights: 'steady', lightColor: 'green' } as const;

describe('matching the authorized list', () => {
  test('a drone in the booked sector, inside the window, that looks like the booking is that flight', () => {
    const t = track({ cell: 'J4', x: 9, y: 3, cues: inspectLike });
    expect(bookingFor(brief, view([t], { t: 3 * 60_000 }), t)?.callsign).toBe('INSPECT-2');
  });

  test('the same drone after the window, in another sector, or with another colour is not', () => {
    const t = track({ cell: 'J4', x: 9, y: 3, cues: inspectLike });
    expect(bookingFor(brief, view([t], { t: 11 * 60_000 }), t)).toBeNull();
    const west = track({ cell: 'B4', x: 1, y: 3, cues: inspectLike });
    expect(bookingFor(brief, view([west], { t: 3 * 60_000 }), west)).toBeNull();
    const red = track({ cell: 'J4', x: 9, y: 3, cues: { ...inspectLike, lightColor: 'red' } });
    expect(bookingFor(brief, view([red], { t: 3 * 60_000 }), red)).toBeNull();
    const grey = track({ cell: 'J4', x: 9, y: 3, cues: { ...inspectLike, markings: 'plain grey body' } });
    expect(bookingFor(brief, view([grey], { t: 3 * 60_000 }), grey)).toBeNull();
  });
});

describe('classifying from cues', () => {
  const at = (cues: Parameters<typeof track>[0]['cues'], over = {}) => track({ cues, ...over });

  test('nothing until the type is seen; a bird by its type', () => {
    expect(judge(brief, view([]), at({ count: 1, activity: 'circling' }), noBehaviour())).toBeNull();
    expect(judge(brief, view([]), at({ type: 'bird', activity: 'circling' }), noBehaviour())).toBe('bird');
  });

  test('a drone seen carrying is a hazard; one staying about or coming at the post is suspicious; one passing by is unknown', () => {
    const v = view([], { t: 12 * 60_000 });
    expect(judge(brief, v, at({ type: 'multirotor', carrying: true }), noBehaviour())).toBe('hazard');
    expect(
      judge(brief, v, at({ type: 'multirotor', activity: 'transiting' }), { ...noBehaviour(), stayed: true }),
    ).toBe('suspicious-uas');
    expect(judge(brief, v, at({ type: 'multirotor', activity: 'approaching' }), noBehaviour())).toBe('suspicious-uas');
    expect(judge(brief, v, at({ type: 'multirotor', activity: 'hovering' }), noBehaviour())).toBe('unknown-uas');
  });

  test('a person by behaviour: looking up holding a device is a possible operator; "not looking up" is routine', () => {
    const v = view([]);
    const op = at({ kind: 'person', behavior: 'standing still, looking up, holding a handheld device' });
    expect(judge(brief, v, op, noBehaviour())).toBe('possible-operator');
    const angler = at({ kind: 'person', behavior: 'sitting on the bank, holding a fishing rod, not looking up' });
    expect(judge(brief, v, angler, noBehaviour())).toBe('routine');
    expect(judge(brief, v, at({ kind: 'person' }), noBehaviour())).toBeNull();
  });
});
