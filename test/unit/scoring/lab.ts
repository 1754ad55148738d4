/** A small scenario with one objective per rule type, and helpers to score scripted runs on it. */
import { parseScenario } from '../../../src/scenario';
import type { Scenario } from '../../../src/scenario/model';
import type { ActionFile } from '../../../src/scenario/schema';
import { type ScoreCard, scoreRun } from '../../../src/scoring';

const still = (id: string, cell: string, extra: object) => ({
  id,
  path: [{ at: 10, cell, activity: 'hovering' }],
  linger: true,
  ...extra,
});

/** The lab scenario file: every contact sits within sight of the post from 0:10 except the approaching one. */
export const LAB = {
  schemaVersion: 1,
  id: 'lab',
  title: 'Scoring lab',
  durationSec: '10:00',
  startClock: '06:00',
  map: { terrain: Array(8).fill('............'), perimeter: 'E6:H8' },
  post: { cell: 'F7', name: 'Post', observeRange: 5 },
  contacts: [
    still('d1', 'F5', {
      domain: 'air',
      truth: 'suspicious',
      cues: { type: 'multirotor', size: 'small', lights: 'flashing', lightColor: 'red', markings: 'dark grey body' },
      operator: 'op1',
    }),
    still('b1', 'G5', { domain: 'air', truth: 'bird', cues: { type: 'bird', count: 3 } }),
    still('a1', 'E5', { domain: 'air', truth: 'authorized', cues: { type: 'fixed-wing', size: 'medium' } }),
    still('op1', 'D7', { domain: 'ground', truth: 'operator', cues: { kind: 'person' } }),
    {
      id: 'd2',
      domain: 'air',
      truth: 'hazard',
      cues: { type: 'multirotor', carrying: true },
      path: [
        { at: '1:00', cell: 'F1', activity: 'approaching' },
        { at: '2:00', cell: 'F6', activity: 'hovering' },
      ],
      linger: true,
    },
  ],
  injects: [
    { id: 'm1', type: 'message', at: 20, from: 'Desk', text: 'Acknowledge.', requiresAck: true },
    { id: 'm2', type: 'message', at: '5:00', from: 'Desk', text: 'Devices off.', requiresAck: true },
    { id: 'down', type: 'comms', at: '6:00', channel: 'primary', status: 'down' },
    { id: 'p1', type: 'probe', at: '8:00', question: 'Pick b', choices: ['a', 'b'], answer: 1, level: 1 },
    {
      id: 'p2',
      type: 'probe',
      at: '9:00',
      question: 'How many air contacts?',
      choices: ['0', '1', '2', '3', '4+'],
      compute: { countInRange: 'air' },
      level: 2,
    },
  ],
  objectives: [
    { id: 'detect', capability: 'detect', text: 'd', rule: { type: 'detect', contacts: ['d1'], withinSec: 30 } },
    { id: 'classify', capability: 'classify', text: 'c', rule: { type: 'classify', contacts: ['d1', 'b1'] } },
    {
      id: 'report',
      capability: 'report',
      text: 'r',
      rule: { type: 'report', contacts: ['d1'], withinSec: 60, minAccuracy: 0.8 },
    },
    {
      id: 'protect',
      capability: 'protect',
      text: 'p',
      rule: { type: 'protect', contact: 'd2', posture: 'cover', beforeWithinCells: 3 },
    },
    {
      id: 'emissions',
      capability: 'opsec',
      text: 'e',
      rule: { type: 'emissions', state: 'off', afterInject: 'm2', withinSec: 60 },
    },
    {
      id: 'alt',
      capability: 'comms',
      text: 'a',
      rule: { type: 'alternateChannel', afterInject: 'down', withinSec: 60 },
    },
    { id: 'ack', capability: 'comms', text: 'k', rule: { type: 'acknowledge', injects: ['m1'], withinSec: 30 } },
    { id: 'probes', capability: 'awareness', text: 'q', rule: { type: 'probes', minCorrect: 1 } },
    { id: 'false', capability: 'discipline', text: 'f', rule: { type: 'falseReports', max: 1 } },
    { id: 'operator', capability: 'awareness', text: 'o', rule: { type: 'operator', contacts: ['d1'] } },
  ],
};

/** The lab scenario, parsed. */
export function labScenario(overrides: Partial<typeof LAB> = {}): Scenario {
  const parsed = parseScenario(JSON.stringify({ ...LAB, ...overrides }));
  if (!parsed.ok) throw new Error(parsed.error.map((p) => `${p.pointer} ${p.message}`).join('\n'));
  return parsed.value;
}

/** A report on d1 that is right in every field at 0:30 (before it is marked, d1 sits still at F5). */
export const GOOD_D1_REPORT = {
  count: 1,
  type: 'multirotor',
  size: 'small',
  activity: 'hovering',
  direction: 'stationary',
  location: 'F5',
  perimeter: 'outside',
  operatorLocation: 'D7',
  description: 'dark grey body',
  lights: 'flashing',
  lightColor: 'red',
  timeFirstSeen: '06:00',
  timeLastSeen: '06:00',
  payload: 'none-seen',
  assessment: 'suspicious-uas',
} as const;

/** Answers to both probes, so a script runs to the end. */
export const ANSWERS: ActionFile[] = [
  { at: 480, type: 'answer', probe: 'p1', choice: 1 },
  { at: 540, type: 'answer', probe: 'p2', choice: 4 },
];

/** Replays a script on the lab scenario and returns the score card. */
export function labCard(actions: ActionFile[], scenario = labScenario()): ScoreCard {
  return scoreRun(scenario, { actions }).card;
}

/** The score of one objective in a card. */
export function objectiveScore(card: ScoreCard, id: string): number | null {
  const o = card.objectives.find((x) => x.id === id);
  if (!o) throw new Error(`no objective ${id}`);
  return o.score;
}
