import { describe, expect, test } from 'vitest';
import { golden } from './golden';

describe('river-dusk with mistakes', () => {
  const { aar } = golden('river-dusk', 'river-dusk.mistakes.json');

  test('groups objectives by capability with a capability rating', () => {
    expect(aar.passed).toBe(false);
    expect(aar.capabilities.map((c) => [c.capability, c.rating])).toEqual([
      ['detect', 'M'],
      ['classify', 'U'],
      ['report', 'U'],
      ['awareness', 'P'],
      ['protect', 'U'],
      ['opsec', 'M'],
      ['comms', 'U'],
      ['discipline', 'P'],
    ]);
  });

  test('an unmarked drone is an improvement with when, where and a sector to scan', () => {
    const spot = aar.improvements.find((i) => i.objective === 'spot');
    expect(spot?.what).toBe(
      'Drone with a package (hazard medium multirotor) at I4 was observable from 05:51:10 but never marked.',
    );
    expect(spot?.suggestion).toMatch(/^scan the East sector with focus/);
  });

  test('every improvement has a situation and a suggestion, and none is about a P objective', () => {
    expect(aar.improvements.length).toBeGreaterThan(5);
    for (const i of aar.improvements) {
      expect(i.what.length).toBeGreaterThan(10);
      expect(i.suggestion.length).toBeGreaterThan(10);
      expect(i.rating).not.toBe('P');
    }
    expect(aar.improvements.find((i) => i.objective === 'tell' && i.contact === 'survey')?.suggestion).toMatch(
      /authorized flights/,
    );
  });

  test('strengths come from objectives performed without challenges', () => {
    expect(aar.strengths.map((s) => s.objective)).toEqual(['find-operator', 'sa', 'no-false']);
  });

  test('strengths are short summaries, not the evidence repeated', () => {
    const evidence = new Set(
      aar.capabilities.flatMap((c) => c.objectives.flatMap((o) => o.evidence.map((e) => e.text))),
    );
    for (const s of aar.strengths) {
      expect(evidence.has(s.text)).toBe(false);
      expect(s.text.length).toBeLessThan(80);
    }
    expect(aar.strengths.find((s) => s.objective === 'no-false')?.text).toBe('Sent no false reports');
  });

  test('the timeline marks late, wrong and missed, in time order', () => {
    const gaps = aar.timeline.filter((r) => r.gap).map((r) => [r.clock, r.gap, r.text]);
    expect(gaps).toEqual([
      ['05:42:30', 'late', expect.stringMatching(/^Acknowledged the message from Sector desk/)],
      ['05:43:01', 'wrong', 'Classified T1 as unknown-uas'],
      ['05:47:00', 'wrong', expect.stringMatching(/^Answered the question "How many air contacts/)],
      // Type, size, markings, light colour and payload given before the drone came close enough to read them.
      ['05:47:10', 'wrong', 'Filed report 1 on T2 (primary), 43% accurate'],
      ['05:51:10', 'missed', 'Drone with a package (hazard medium multirotor) at I4 was never marked'],
    ]);
    const ts = aar.timeline.map((r) => r.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    expect(aar.timeline.some((r) => r.kind === 'emissions-changed' && r.by === 'trainee')).toBe(true);
    expect(aar.timeline.some((r) => r.kind === 'comms-changed' && r.text === 'The primary channel is down')).toBe(true);
    expect(aar.timeline.at(-1)?.text).toBe('Time is up');
  });

  test('probe results by SA level, and the discussion answer', () => {
    expect(aar.probes.map((p) => [p.level, p.name, p.correct, p.total])).toEqual([
      [1, 'perception', 0, 1],
      [3, 'projection', 1, 1],
    ]);
    expect(aar.probes[0].items[0]).toMatchObject({ given: '0', correct: '2', right: false });
    expect(aar.discussions[0].answer).toBe('I was slow to mark the drone over the river.');
  });
});

test('first-watch trainee run: a late report with the wrong fields named', () => {
  const { aar } = golden('first-watch', 'first-watch.trainee.json');
  const salute = aar.improvements.find((i) => i.objective === 'salute');
  expect(salute?.what).toMatch(/late: goal 2:00/);
  expect(salute?.what).toMatch(/direction \(said E; could have said NE\)/);
  expect(aar.timeline.find((r) => r.kind === 'report-filed')).toMatchObject({ gap: 'late', clock: '06:05:00' });
});

test('full-shift perfect run: every objective performed, no improvements, no gaps', () => {
  const { aar } = golden('full-shift', 'full-shift.perfect.json');
  expect(aar.passed).toBe(true);
  expect(aar.improvements).toEqual([]);
  expect(aar.timeline.filter((r) => r.gap)).toEqual([]);
  expect(aar.strengths.length).toBeGreaterThan(0);
  expect(aar.probes.reduce((a, p) => a + p.total, 0)).toBe(4);
});
