/** The four built-in policies' scores on every built-in scenario, as lines for `npm run bench`. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../src/scenario';
import { POLICY_NAMES } from '../src/scoring';
import { playPolicies } from '../src/scoring/playtest';

/** One line per built-in scenario: each policy's overall score, with "pass" or "fail". */
export function policyScoreLines(dir = 'assets/scenarios'): string[] {
  const head = `${'policy scores (pass mark per scenario)'.padEnd(40)}${POLICY_NAMES.map((n) => n.padStart(14)).join('')}`;
  const lines = [head];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const parsed = parseScenario(readFileSync(`${dir}/${file}`, 'utf8'));
    if (!parsed.ok) {
      lines.push(`  ${file}: does not parse`);
      continue;
    }
    const scenario = parsed.value;
    const cells = playPolicies(scenario).map(({ card }) =>
      `${card.overall} ${card.passed ? 'pass' : 'fail'}`.padStart(14),
    );
    lines.push(`  ${`${scenario.id} (${scenario.passMark})`.padEnd(38)}${cells.join('')}`);
  }
  return lines;
}
