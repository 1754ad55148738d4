import { describe, expect, test } from 'vitest';
import type { TraineeBrief } from '../../../src/scoring/policies';
import { answerProbe } from '../../../src/scoring/policies/observer/probes';
import { briefOf, track, view } from './view';

/** A brief with one probe asking `question` with `choices`. */
const asking = (base: TraineeBrief, question: string, choices: string[]): TraineeBrief => ({
  ...base,
  probes: { p: { question, choices } },
});

describe('answering probes from the trainee’s own picture', () => {
  const base = briefOf('river-dusk');

  test('counting the air contacts in sight (tracks and unmarked sightings, not lost tracks or people)', () => {
    const b = asking(base, 'How many air contacts can you observe right now?', ['0', '1', '2', '3+']);
    const v = view(
      [track({ label: 'T1' }), track({ label: 'T2', sight: 'lost' }), track({ label: 'T3', cues: { kind: 'person' } })],
      { sightings: [{ key: 4, kind: 'in-sight', x: 1, y: 1, cell: 'B2' }] },
    );
    expect(answerProbe(b, v, 'p')).toBe(2);
    const crowd = view([
      track({ label: 'T1' }),
      track({ label: 'T2' }),
      track({ label: 'T3' }),
      track({ label: 'T4' }),
    ]);
    expect(answerProbe(b, crowd, 'p')).toBe(3);
  });

  test('the heading of the newest drone, from its last seen direction', () => {
    const b = asking(base, 'Which way is the newest drone heading?', [
      'North',
      'East',
      'South-west',
      'West',
      'Stationary',
    ]);
    const v = view([
      track({ label: 'T1', cues: { type: 'multirotor', direction: 'E' } }),
      track({ label: 'T2', cues: { type: 'multirotor', direction: 'SW' } }),
    ]);
    expect(answerProbe(b, v, 'p')).toBe(2);
  });

  test('the channel that delivers: the briefing’s name for the working channel, or neither', () => {
    const b = asking(base, 'If you send a drone report right now, which channel will deliver it?', [
      'Command net',
      'Landline to the sector desk',
      'Neither',
    ]);
    expect(answerProbe(b, view([]), 'p')).toBe(0);
    expect(answerProbe(b, view([], { comms: { primary: 'down', alternate: 'up' } }), 'p')).toBe(1);
    expect(answerProbe(b, view([], { comms: { primary: 'down', alternate: 'down' } }), 'p')).toBe(2);
  });

  test('the sector of the drone the question names by its cues', () => {
    const b = asking(base, 'Which sector is the red-light drone in?', ['West', 'North', 'East', 'None']);
    const v = view([
      track({ label: 'T1', cell: 'B4', x: 1, y: 3, cues: { type: 'multirotor', lightColor: 'red' } }),
      track({ label: 'T2', cell: 'K4', x: 10, y: 3, cues: { type: 'multirotor', lightColor: 'white' } }),
    ]);
    expect(answerProbe(b, v, 'p')).toBe(0);
  });

  test('where a drone’s course leads: the named place nearest its line ahead', () => {
    const b = asking(
      briefOf('something-approaching'),
      'If the loud drone keeps its present course, what will it come closest to?',
      ['The hill to the north-east', 'The gate team at F8', 'Post Hotel and Patrol 1'],
    );
    const v = view([
      track({
        cell: 'J3',
        x: 9,
        y: 2,
        cues: { type: 'multirotor', sound: 'loud', direction: 'SW', activity: 'approaching' },
      }),
    ]);
    expect(answerProbe(b, v, 'p')).toBe(2);
  });
});
