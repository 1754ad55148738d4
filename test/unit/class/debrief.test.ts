import { describe, expect, test } from 'vitest';
import type { ActionFile } from '../../../src/scenario/schema';
import { classDebrief, type SeatResult } from '../../../src/scoring/class/debrief';
import { ANSWERS, GOOD_D1_REPORT, LAB, labCard, labScenario } from '../scoring/lab';

const scenario = labScenario({
  contacts: LAB.contacts.map((c) => (c.id === 'd1' ? { ...c, label: 'Grey quadcopter' } : c)),
  injects: [...LAB.injects, { id: 'talk', type: 'discussion', at: 30, question: 'What would you do next?' }],
} as Partial<typeof LAB>);

const mark = (at: number, contact: string): ActionFile => ({ at, type: 'mark', contact });
const report = (at: number, extra: object = {}): ActionFile =>
  ({ at, type: 'report', contact: 'd1', channel: 'primary', report: { ...GOOD_D1_REPORT, ...extra } }) as ActionFile;
const say = (at: number, text: string): ActionFile => ({ at, type: 'discuss', inject: 'talk', text });

/** Seats by what they did: on time and right; nothing; late and never reporting; reporting the wrong size. */
const RUNS: Record<string, ActionFile[]> = {
  ann: [mark(10, 'd1'), report(30), say(40, 'Call it in'), ...ANSWERS],
  bob: [...ANSWERS],
  cy: [mark(55, 'd1'), ...ANSWERS],
  dee: [
    mark(10, 'd1'),
    report(30, { size: 'large', type: 'fixed-wing' }),
    say(35, 'Hide'),
    say(50, 'Take cover'),
    ...ANSWERS,
  ],
};

function seats(...names: string[]): SeatResult[] {
  return names.map((name) => ({ name, run: { actions: RUNS[name] }, card: labCard(RUNS[name], scenario) }));
}

describe('per objective, how many seats rated P, S, M, U', () => {
  const cases: [names: string[], objective: string, counts: Record<string, number>][] = [
    [['ann', 'bob', 'cy'], 'detect', { P: 1, S: 0, M: 1, U: 1, 'N/A': 0 }],
    [['ann', 'bob', 'cy'], 'report', { P: 1, S: 0, M: 0, U: 2, 'N/A': 0 }],
    [['ann', 'bob', 'cy'], 'probes', { P: 3, S: 0, M: 0, U: 0, 'N/A': 0 }],
    [['ann'], 'detect', { P: 1, S: 0, M: 0, U: 0, 'N/A': 0 }],
    [[], 'detect', { P: 0, S: 0, M: 0, U: 0, 'N/A': 0 }],
  ];
  test.each(cases)('%j on %s', (names, objective, counts) => {
    const tally = classDebrief(scenario, seats(...names)).objectives.find((o) => o.id === objective);
    expect(tally?.counts).toEqual(counts);
  });
});

describe('the commonest misses in plain words', () => {
  const cases: [names: string[], text: string, present: boolean][] = [
    [['ann', 'bob', 'cy'], '1 of 3 never marked the grey quadcopter', true],
    [['ann', 'bob', 'cy'], '1 of 3 marked the grey quadcopter late', true],
    [['ann', 'bob', 'cy'], '2 of 3 never reported the grey quadcopter', true],
    [['ann', 'bob', 'cy'], '2 of 3 never reported where the operator of the grey quadcopter was', true],
    [['ann', 'bob', 'cy'], '3 of 3 did not take cover in time from d2', true],
    [['ann', 'dee'], '1 of 2 got the size wrong in most of their reports', true],
    [['ann', 'dee'], '1 of 2 got the type wrong in most of their reports', true],
    [['ann'], '1 of 1 never reported the grey quadcopter', false],
    [['ann', 'bob', 'cy'], '1 of 3 answered “Pick b” wrong', false],
  ];
  test.each(cases)('%j: "%s" listed: %s', (names, text, present) => {
    const texts = classDebrief(scenario, seats(...names)).misses.map((m) => m.text);
    expect(texts.includes(text)).toBe(present);
  });

  test('commonest first, each seat counted once per miss', () => {
    const { misses } = classDebrief(scenario, seats('ann', 'bob', 'cy', 'dee'));
    const counts = misses.map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.max(...counts)).toBe(4);
    expect(misses.every((m) => m.of === 4)).toBe(true);
  });
});

describe('discussion answers side by side', () => {
  const cases: [names: string[], answers: { name: string; answer: string | null }[]][] = [
    [
      ['ann', 'bob', 'dee'],
      [
        { name: 'ann', answer: 'Call it in' },
        { name: 'bob', answer: null },
        { name: 'dee', answer: 'Take cover' },
      ],
    ],
    [[], []],
  ];
  test.each(cases)('%j', (names, answers) => {
    const [talk] = classDebrief(scenario, seats(...names)).discussions;
    expect(talk.question).toBe('What would you do next?');
    expect(talk.answers).toEqual(answers);
  });
});

describe('class totals', () => {
  const cases: [names: string[], passed: number][] = [
    [['ann', 'bob'], 0],
    [[], 0],
  ];
  test.each(cases)('%j', (names, passed) => {
    const s = seats(...names);
    const d = classDebrief(scenario, s);
    expect(d.seats).toBe(names.length);
    expect(d.passed).toBe(passed);
    const mean = s.length ? Math.round((s.reduce((a, x) => a + x.card.overall, 0) / s.length) * 10) / 10 : 0;
    expect(d.meanOverall).toBe(mean);
  });
});
