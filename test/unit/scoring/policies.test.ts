import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { POLICIES, runPolicy, score, scoreRun } from '../../../src/scoring';

const files = readdirSync('assets/scenarios').filter((f) => f.endsWith('.json'));

describe.each(files)('built-in scenario %s', (file) => {
  const parsed = parseScenario(readFileSync(`assets/scenarios/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const scenario = parsed.value;

  test('the perfect policy passes with every objective performed', () => {
    const r = runPolicy(scenario, POLICIES.perfect);
    const card = score(scenario, r.state, r.stoppedAtProbe);
    expect(card.passed).toBe(true);
    expect(card.objectives.filter((o) => o.rating !== 'P').map((o) => o.id)).toEqual([]);
  });

  test('the observer, who sees only the trainee view, passes', { timeout: 60_000 }, () => {
    const r = runPolicy(scenario, POLICIES.observer);
    const card = score(scenario, r.state, r.stoppedAtProbe);
    expect(r.stoppedAtProbe).toBeNull();
    expect(card.passed).toBe(true);
  });

  test('the guesser fails, on its report or discipline objectives', { timeout: 60_000 }, () => {
    const r = runPolicy(scenario, POLICIES.guesser);
    const card = score(scenario, r.state, r.stoppedAtProbe);
    expect(card.passed).toBe(false);
    const failed = card.objectives.filter(
      (o) => (o.capability === 'report' || o.capability === 'discipline') && o.score !== null && o.score < 70,
    );
    expect(failed.length).toBeGreaterThan(0);
  });

  test('the idle policy fails', () => {
    const r = runPolicy(scenario, POLICIES.idle);
    expect(score(scenario, r.state, r.stoppedAtProbe).passed).toBe(false);
  });

  test('a policy run recorded as a script replays to the same log and score', () => {
    const r = runPolicy(scenario, POLICIES.perfect);
    const replayed = scoreRun(scenario, JSON.parse(JSON.stringify(r.run)));
    expect(replayed.state.log).toEqual(r.state.log);
    expect(replayed.card).toEqual(score(scenario, r.state, r.stoppedAtProbe));
  });
});
