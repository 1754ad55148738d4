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
