/**
 * `validate --playtest`: plays a valid scenario with the four built-in policies. The perfect oracle and
 * the observer (a fair trainee who sees only what a trainee sees) must pass; the guesser (marks and
 * reports everything with guessed fields) and idle (does nothing) must fail.
 */
import type { Scenario } from '../scenario/model';
import { POLICIES, POLICY_NAMES, type PolicyName, runPolicy, score } from '../scoring';
import type { PlaytestOutcome } from './validate';

/** Whether each built-in policy must pass a fair scenario. */
export const MUST_PASS: Record<PolicyName, boolean> = { perfect: true, observer: true, guesser: false, idle: false };

/** Plays every built-in policy and says whether the scenario behaves as a fair exercise. */
export function playtest(scenario: Scenario, file: string): PlaytestOutcome {
  const lines: string[] = [];
  let ok = true;
  for (const name of POLICY_NAMES) {
    const mustPass = MUST_PASS[name];
    const run = runPolicy(scenario, POLICIES[name]);
    const card = score(scenario, run.state, run.stoppedAtProbe);
    const verdict = card.passed ? 'passed' : 'failed';
    const good = card.passed === mustPass;
    if (!good) ok = false;
    const weak = mustPass ? card.objectives.filter((o) => o.rating !== 'P' && o.rating !== 'N/A') : [];
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
