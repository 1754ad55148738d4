import { describe, expect, test } from 'vitest';
import type { ActionFile } from '../../../src/scenario/schema';
import { ANSWERS, GOOD_D1_REPORT, labCard, objectiveScore } from './lab';

const mark = (at: number | string, contact: string): ActionFile => ({ at, type: 'mark', contact });
const report = (at: number | string, extra: object = {}, channel: 'primary' | 'alternate' = 'primary'): ActionFile =>
  ({ at, type: 'report', contact: 'd1', channel, report: { ...GOOD_D1_REPORT, ...extra } }) as ActionFile;

type Case = [name: string, actions: ActionFile[], objective: string, score: number | null];

const cases: Case[] = [
  ['detect: marked as soon as observable', [mark(10, 'd1')], 'detect', 100],
  ['detect: marked at the goal (30 s)', [mark(40, 'd1')], 'detect', 100],
  ['detect: 45 s for a 30 s goal is half', [mark(55, 'd1')], 'detect', 50],
  ['detect: 60 s for a 30 s goal is nothing', [mark(70, 'd1')], 'detect', 0],
  ['detect: never marked', [], 'detect', 0],
  [
    'classify: both right',
    [
      mark(10, 'd1'),
      mark(10, 'b1'),
      { at: 11, type: 'classify', contact: 'd1', as: 'suspicious-uas' },
      { at: 11, type: 'classify', contact: 'b1', as: 'bird' },
    ],
    'classify',
    100,
  ],
  [
    'classify: one wrong',
    [
      mark(10, 'd1'),
      mark(10, 'b1'),
      { at: 11, type: 'classify', contact: 'd1', as: 'unknown-uas' },
      { at: 11, type: 'classify', contact: 'b1', as: 'bird' },
    ],
    'classify',
    50,
  ],
  [
    'classify: the latest classification counts',
    [
      mark(10, 'd1'),
      mark(10, 'b1'),
      { at: 11, type: 'classify', contact: 'd1', as: 'bird' },
      { at: 12, type: 'classify', contact: 'd1', as: 'suspicious-uas' },
    ],
    'classify',
    50,
  ],
  ['report: accurate and on time', [mark(10, 'd1'), report(30)], 'report', 100],
  ['report: 90 s after marking for a 60 s goal is half', [mark(10, 'd1'), report(100)], 'report', 50],
  [
    'report: 12 of 15 fields right meets 0.8',
    [mark(10, 'd1'), report(30, { description: '', size: 'large', payload: 'object-attached' })],
    'report',
    100,
  ],
  [
    'report: 9 of 15 right (0.6: "unknown" for a type that was in sight earns nothing) is 0.75 of the 0.8 needed',
    [
      mark(10, 'd1'),
      report(30, {
        description: '',
        size: 'large',
        payload: 'object-attached',
        count: 3,
        lights: 'none',
        type: 'unknown',
      }),
    ],
    'report',
    75,
  ],
  ['report: never', [mark(10, 'd1')], 'report', 0],
  ['report: filed on the primary after it went down is not delivered', [mark(10, 'd1'), report(400)], 'report', 0],
  [
    'protect: cover before the drone came within 3 cells',
    [{ at: 90, type: 'posture', posture: 'cover' }],
    'protect',
    100,
  ],
  ['protect: alert is not enough for cover', [{ at: 90, type: 'posture', posture: 'alert' }], 'protect', 0],
  ['protect: cover 20 s late is half', [{ at: 116, type: 'posture', posture: 'cover' }], 'protect', 50],
  ['protect: never', [], 'protect', 0],
  ['emissions: off in time and kept', [{ at: 330, type: 'emissions', state: 'off' }, ...ANSWERS], 'emissions', 100],
  ['emissions: off early counts too', [{ at: 5, type: 'emissions', state: 'off' }, ...ANSWERS], 'emissions', 100],
  [
    'emissions: off in time, on again later',
    [{ at: 330, type: 'emissions', state: 'off' }, { at: 400, type: 'emissions', state: 'on' }, ...ANSWERS],
    'emissions',
    50,
  ],
  ['emissions: off late', [{ at: 400, type: 'emissions', state: 'off' }, ...ANSWERS], 'emissions', 40],
  ['emissions: never', [...ANSWERS], 'emissions', 0],
  [
    'alternate: report on the landline 30 s after the outage',
    [mark(10, 'd1'), report(390, {}, 'alternate'), ...ANSWERS],
    'alt',
    100,
  ],
  [
    'alternate: a report on the alternate before the outage does not count',
    [mark(10, 'd1'), report(30, {}, 'alternate'), ...ANSWERS],
    'alt',
    0,
  ],
  ['alternate: 90 s for a 60 s goal is half', [mark(10, 'd1'), report(450, {}, 'alternate'), ...ANSWERS], 'alt', 50],
  ['acknowledge: in time', [{ at: 30, type: 'ack', inject: 'm1' }], 'ack', 100],
  ['acknowledge: late is half', [{ at: 60, type: 'ack', inject: 'm1' }], 'ack', 50],
  ['acknowledge: never', [], 'ack', 0],
  ['probes: both right', [...ANSWERS], 'probes', 100],
  [
    'probes: one of two right for a goal of all',
    [ANSWERS[0], { at: 540, type: 'answer', probe: 'p2', choice: 1 }],
    'probes',
    50,
  ],
  ['probes: stopped at the first probe scores it wrong', [], 'probes', 0],
  [
    'false reports: one on the bird is within a max of 1',
    [mark(10, 'b1'), { at: 20, type: 'report', contact: 'b1', channel: 'primary', report: {} }],
    'false',
    100,
  ],
  [
    'false reports: bird and authorized flight is one over',
    [
      mark(10, 'b1'),
      mark(10, 'a1'),
      { at: 20, type: 'report', contact: 'b1', channel: 'primary', report: {} },
      { at: 20, type: 'report', contact: 'a1', channel: 'primary', report: {} },
    ],
    'false',
    66,
  ],
  [
    'false reports: an empty cell counts',
    [
      mark(10, 'b1'),
      { at: 12, type: 'mark', cell: 'A1' },
      { at: 20, type: 'report', track: 'T1', channel: 'primary', report: {} },
      { at: 20, type: 'report', track: 'T2', channel: 'primary', report: {} },
    ],
    'false',
    66,
  ],
  ['operator: right cell', [mark(10, 'd1'), report(30)], 'operator', 100],
  ['operator: next to it is half', [mark(10, 'd1'), report(30, { operatorLocation: 'C7' })], 'operator', 50],
  [
    'operator: a follow-up report with the cell counts',
    [mark(10, 'd1'), report(30, { operatorLocation: 'not-seen' }), report(60)],
    'operator',
    100,
  ],
  ['operator: not seen', [mark(10, 'd1'), report(30, { operatorLocation: 'not-seen' })], 'operator', 0],
];

describe('each rule type scores a scripted run as docs/scoring.md says', () => {
  test.each(cases)('%s', (_name, actions, objective, expected) => {
    expect(objectiveScore(labCard(actions), objective)).toBe(expected);
  });
});

test('the overall is the weighted mean of the objectives and sets passed', () => {
  const card = labCard([mark(10, 'd1'), report(30)]);
  const counted = card.objectives.filter((o) => o.score !== null);
  const mean = counted.reduce((a, o) => a + (o.score ?? 0) * o.weight, 0) / counted.reduce((a, o) => a + o.weight, 0);
  expect(card.overall).toBe(Math.round(mean * 10) / 10);
  expect(card.passed).toBe(card.overall >= 70);
});

test('evidence names the field that was wrong, with what was said and what was true', () => {
  const card = labCard([mark(10, 'd1'), report(30, { size: 'large' })]);
  const text = card.objectives.find((o) => o.id === 'report')?.evidence[0]?.text ?? '';
  expect(text).toContain('size (said large; could have said small)');
});
