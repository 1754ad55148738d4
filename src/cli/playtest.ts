/** `validate --playtest`: plays a valid scenario with the perfect policy (must pass) and the idle one (must fail). */
import type { Scenario } from '../scenario/model';
import { POLICIES, runPolicy, score } from '../scoring';
import type { PlaytestOutcome } from './validate';

/** Plays both built-in policies and says whether the scenario behaves as a fair exercise. */
export function playtest(scenario: Scenario, file: string): PlaytestOutcome {
  const lines: string[] = [];
  let ok = true;
  for (const [name, mustPass] of [
    ['perfect', true],
    ['idle', false],
  ] as const) {
    const run = runPolicy(scenario, POLICIES[name]);
    const card = score(scenario, run.state, run.stoppedAtProbe);
    const verdict = card.passed ? 'passed' : 'failed';
    const good = card.passed === mustPass;
    if (!good) ok = false;
    const weak = name === 'perfect' ? card.objectives.filter((o) => o.rating !== 'P' && o.rating !== 'N/A') : [];
    const detail = weak.length
      ? `; not performed: ${weak.map((o) => `${o.id} (${o.rating} ${o.score})`).join(', ')}`
      : '';
    const problem = good ? '' : ` — the ${name} policy must ${mustPass ? 'pass' : 'fail'}`;
    lines.push(
      `${file}: playtest ${name}: ${card.overall} / 100, ${verdict} (pass mark ${card.passMark})${detail}${problem}`,
    );
  }
  return { lines, ok };
}
