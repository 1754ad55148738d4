import { describe, expect, test } from 'vitest';
import type { ActionFile } from '../../../src/scenario/schema';
import { ANSWERS, LAB, labCard, labScenario, objectiveScore } from './lab';

const MARKS = { id: 'marks', capability: 'discipline', text: 'm', rule: { type: 'marks', maxExtra: 1 } };
const withMarks = labScenario({ objectives: [...LAB.objectives, MARKS] } as Partial<typeof LAB>);
const card = (actions: ActionFile[]) => labCard(actions, withMarks);
const mark = (at: number, cell: string): ActionFile => ({ at, type: 'mark', cell });

describe('marks: marking discipline (docs/scoring.md)', () => {
  test('every mark on something real, once: 100', () => {
    expect(objectiveScore(card([mark(10, 'F5'), mark(11, 'G5')]), 'marks')).toBe(100);
  });
  test('marking the same drone again selects its track: no extra track, no cost', () => {
    const c = card([mark(10, 'F5'), mark(11, 'F5'), mark(12, 'F5')]);
    expect(objectiveScore(c, 'marks')).toBe(100);
  });
  test('empty ground: one is allowed (maxExtra 1), each more costs 25', () => {
    expect(objectiveScore(card([mark(10, 'A1')]), 'marks')).toBe(100);
    expect(objectiveScore(card([mark(10, 'A1'), mark(11, 'B1')]), 'marks')).toBe(75);
    const three = card([mark(10, 'A1'), mark(11, 'B1'), mark(12, 'C1')]);
    expect(objectiveScore(three, 'marks')).toBe(50);
    const evidence = three.objectives.find((o) => o.id === 'marks')?.evidence.map((e) => e.text) ?? [];
    expect(evidence[0]).toBe('T1 was marked on A1 at 06:00, where there was nothing to see.');
  });
  test('a dropped mistake still counts as a mark on empty ground; nothing marked is not scored', () => {
    const c = card([mark(10, 'A1'), { at: 12, type: 'drop', track: 'T1' }, mark(13, 'B1')]);
    expect(objectiveScore(c, 'marks')).toBe(75);
    expect(objectiveScore(card(ANSWERS), 'marks')).toBeNull();
  });
  test('a contact marked again after its track was dropped is not an extra track', () => {
    const c = card([mark(10, 'F5'), { at: 12, type: 'drop', track: 'T1' }, mark(13, 'F5')]);
    expect(objectiveScore(c, 'marks')).toBe(100);
  });
});

describe('operator: only operators that came into view are scored', () => {
  const hidden = labScenario({
    contacts: LAB.contacts.map((c) =>
      c.id === 'op1' ? { ...c, path: [{ at: 10, cell: 'A1', activity: 'hovering' }] } : c,
    ),
  } as Partial<typeof LAB>);
  test('an operator never in view is not scored, even for a lucky guess of its cell', () => {
    const c = labCard(
      [
        { at: 10, type: 'mark', contact: 'd1' },
        { at: 30, type: 'report', contact: 'd1', channel: 'primary', report: { operatorLocation: 'A1' } },
        ...ANSWERS,
      ],
      hidden,
    );
    expect(objectiveScore(c, 'operator')).toBeNull();
    const salute = c.objectives.find((o) => o.id === 'report')?.evidence[0].text ?? '';
    expect(salute).toContain('operator location (said A1; could have said not observable yet');
  });
});
