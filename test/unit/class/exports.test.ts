import { describe, expect, test } from 'vitest';
import type { ActionFile } from '../../../src/scenario/schema';
import { classActivityId, classCsv, classStatements } from '../../../src/store/classroom/exports';
import type { ClassSeat } from '../../../src/store/classroom/state';
import { ANSWERS, labCard, labScenario } from '../scoring/lab';

const scenario = labScenario();
const HASH = 'abcdef0123456789abcdef';

function seat(seatId: string, name: string, actions: ActionFile[]): ClassSeat {
  return { seatId, name, run: { scenario: 'lab', seed: scenario.seed, actions }, card: labCard(actions, scenario) };
}

const SEATS = [
  seat('s1', 'Ann', [{ at: 10, type: 'mark', contact: 'd1' }, ...ANSWERS]),
  seat('s2', '=HYPERLINK("x")', [...ANSWERS]),
  seat('s3', 'Lee, "Jo"', []),
];

describe('class CSV', () => {
  const lines = classCsv('K7QX2M', scenario, HASH, SEATS).split('\r\n');
  const cases: [row: number, expected: string][] = [
    [
      1,
      `K7QX2M,lab,Ann,s1,${SEATS[0].card.overall},${scenario.passMark},${SEATS[0].card.passed},${scenario.seed},3,${HASH}`,
    ],
    [2, `K7QX2M,lab,"'=HYPERLINK(""x"")",s2,`],
    [3, `K7QX2M,lab,"Lee, ""Jo""",s3,`],
  ];
  test.each(cases)('row %i starts %s', (row, expected) => {
    expect(lines[row].startsWith(expected)).toBe(true);
  });

  test('a header with a rating column per objective, a row per seat, CRLF line ends', () => {
    expect(lines[0]).toBe(
      `class,scenario,name,seat,overall,pass_mark,passed,seed,actions,scenario_hash,${scenario.objectives.map((o) => `rating_${o.id}`).join(',')}`,
    );
    expect(lines).toHaveLength(SEATS.length + 2);
    expect(lines.at(-1)).toBe('');
    const ratings = lines[1].split(',').slice(10);
    expect(ratings).toEqual(SEATS[0].card.objectives.map((o) => o.rating));
  });
});

describe('xAPI statements of a class', () => {
  const statements = classStatements(
    'K7QX2M',
    scenario,
    HASH,
    SEATS,
    Date.UTC(2026, 11, 1, 7),
    'http://127.0.0.1:2567',
  );
  const registrations = [...new Set(statements.map((s) => s.context?.registration))];

  test('one registration per seat, each with its own actor account', () => {
    expect(registrations).toHaveLength(SEATS.length);
    const accounts = [...new Set(statements.map((s) => ('account' in s.actor ? s.actor.account?.name : undefined)))];
    expect(accounts).toEqual(['K7QX2M-s1', 'K7QX2M-s2', 'K7QX2M-s3']);
  });

  test('every statement has the class as its grouping context activity', () => {
    const ids = statements.map((s) => s.context?.contextActivities?.grouping?.[0]?.id);
    expect(new Set(ids)).toEqual(new Set([classActivityId('K7QX2M', HASH)]));
  });

  const cases: [name: string, verbs: string[]][] = [
    ['Ann', ['initialized', 'answered', 'answered', 'failed', 'completed', 'terminated']],
    ['Lee, "Jo"', ['initialized', 'failed', 'completed', 'terminated']],
  ];
  test.each(cases)('%s: the run’s verbs in order', (name, verbs) => {
    const own = statements.filter((s) => s.actor.name === name).map((s) => s.verb.display?.['en-US']);
    expect(own).toEqual(verbs);
  });
});
