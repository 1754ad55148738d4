import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseActionScript, parseScenario } from '../../../src/scenario';
import { scoreRun } from '../../../src/scoring';

function load(scenarioPath: string, runPath: string) {
  const scenario = parseScenario(readFileSync(scenarioPath, 'utf8'));
  const run = parseActionScript(readFileSync(runPath, 'utf8'));
  if (!scenario.ok || !run.ok) throw new Error('fixture does not parse');
  return { scenario: scenario.value, run: run.value };
}

// A trainee who acknowledges, marks by clicking cells, misclassifies the drone as a hobbyist's
// and reports it late with the direction and location one off. Scores worked out by hand:
// detect 100 (marked 10 s after the drone came into view at 2:20), classify 50 (birds right,
// drone wrong), report 75 (delivered 2:30 after marking against a 2:00 goal: 1 − 30/120;
// accuracy against what could be seen by 06:05: direction E for NE and location H3 for I3 half
// each, a description and "none-seen" payload for cues not yet observable (the drone never came
// close enough) nothing, the assessment wrong: 11/15 ≥ 0.7), acknowledge 100, false reports 100,
// marks 100 (each mark on something real, once); overall (100+50+2×75+100+100+100)/7.
test('golden run: first-watch, a trainee with mistakes', () => {
  const { scenario, run } = load('assets/scenarios/first-watch.json', 'test/fixtures/runs/first-watch.trainee.json');
  const { card, state } = scoreRun(scenario, run);
  expect(card.objectives.map((o) => [o.id, o.score, o.rating])).toEqual([
    ['spot', 100, 'P'],
    ['tell', 50, 'M'],
    ['salute', 75, 'S'],
    ['ack', 100, 'P'],
    ['no-false', 100, 'P'],
    ['marks', 100, 'P'],
  ]);
  expect(card.overall).toBe(85.7);
  expect(card.passed).toBe(true);
  const salute = card.objectives[2].evidence[0].text;
  expect(salute).toContain('accuracy 73%');
  expect(salute).toContain('direction (said E; could have said NE)');
  expect(salute).toContain('location (said H3; could have said I3)');
  expect(salute).toContain('description (said grey drone; could have said not observable yet');
  expect(salute).toContain('payload (said none-seen; could have said not observable yet');
  expect(salute).toContain('assessment (said unknown-uas; could have said suspicious-uas)');
  expect(state.log.some((e) => e.type === 'inject-fired' && e.inject === 'chase' && e.t === 270_000)).toBe(true);
  expect(card.metrics.confusion).toEqual({ bird: { bird: 1 }, suspicious: { 'unknown-uas': 1 } });
  expect(card.metrics.detectionLatencyMs.drone).toBe(10_000);
});

test('golden run replays to the identical log and score card every time', () => {
  const { scenario, run } = load('assets/scenarios/first-watch.json', 'test/fixtures/runs/first-watch.trainee.json');
  const a = scoreRun(scenario, run);
  const b = scoreRun(scenario, JSON.parse(JSON.stringify(run)));
  expect(b.state.log).toEqual(a.state.log);
  expect(b.card).toEqual(a.card);
});
