/** The timeline marks a report wrong by the accuracy its own report objective asks for, not a fixed bar. */
import { describe, expect, test } from 'vitest';
import type { ActionFile } from '../../../src/scenario/schema';
import { scoreRun } from '../../../src/scoring';
import { buildAar } from '../../../src/scoring/aar';
import { ANSWERS, GOOD_D1_REPORT, LAB, labScenario } from '../scoring/lab';

/** A report on d1 with some fields wrong: partly accurate, whatever the exact weights. */
const PARTLY_WRONG: ActionFile[] = [
  { at: 20, type: 'mark', contact: 'd1' },
  {
    at: 30,
    type: 'report',
    contact: 'd1',
    channel: 'primary',
    report: { ...GOOD_D1_REPORT, size: 'large', lights: 'none', location: 'A1' },
  },
  ...ANSWERS,
];

type Objective = (typeof LAB.objectives)[number];
const withReportRule = (rule: object | null): Objective[] =>
  LAB.objectives.flatMap((o) => (o.id !== 'report' ? [o] : rule ? [{ ...o, rule } as Objective] : []));

function filedRow(objectives: Objective[]) {
  const scenario = labScenario({ objectives });
  const { card, state } = scoreRun(scenario, { actions: PARTLY_WRONG });
  const row = buildAar(scenario, state, card).timeline.find((r) => r.kind === 'report-filed');
  if (!row) throw new Error('no report-filed row');
  const pct = Number(/, (\d+)% accurate/.exec(row.text)?.[1]);
  return { row, accuracy: pct / 100 };
}

describe('timeline: a filed report is wrong below its objective’s minAccuracy', () => {
  const { accuracy } = filedRow(LAB.objectives);
  const rule = (minAccuracy: number) => ({ type: 'report', contacts: ['d1'], withinSec: 60, minAccuracy });

  test('the sample report is partly right (the cases below straddle its accuracy)', () => {
    expect(accuracy).toBeGreaterThan(0.2);
    expect(accuracy).toBeLessThan(0.95);
  });

  test('an objective asking for more than the report reached marks it wrong', () => {
    const { row } = filedRow(withReportRule(rule(Math.min(1, accuracy + 0.05))));
    expect(row.gap).toBe('wrong');
    expect(row.note).toMatch(/^not right: .*size/);
  });

  test('an objective asking for less than the report reached does not', () => {
    const { row } = filedRow(withReportRule(rule(Math.max(0, accuracy - 0.05))));
    expect(row.gap).not.toBe('wrong');
  });

  test('with no report objective on the contact, the default minAccuracy (0.7) decides', () => {
    const { row } = filedRow(withReportRule(null));
    expect(row.gap === 'wrong').toBe(accuracy < 0.7);
  });
});
