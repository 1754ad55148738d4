/**
 * `validate --playtest`: plays a valid scenario with the four built-in policies. The perfect oracle and
 * the observer (a fair trainee who sees only what a trainee sees) must pass; the guesser (marks and
 * reports everything with guessed fields) and idle (does nothing) must fail.
 */
import type { Scenario } from '../scenario/model';
import { playPolicies } from '../scoring/playtest';
import type { PlaytestOutcome } from './validate';

/** Plays every built-in policy and says whether the scenario behaves as a fair exercise. */
export function playtest(scenario: Scenario, file: string): PlaytestOutcome {
  const lines: string[] = [];
  let ok = true;
  for (const { name, mustPass, fair, card } of playPolicies(scenario)) {
    const verdict = card.passed ? 'passed' : 'failed';
    if (!fair) ok = false;
    const weak = mustPass ? card.objectives.filter((o) => o.rating !== 'P' && o.rating !== 'N/A') : [];
    const detail = weak.length
      ? `; not performed: ${weak.map((o) => `${o.id} (${o.rating} ${o.score})`).join(', ')}`
      : '';
    const problem = fair ? '' : ` — the ${name} policy must ${mustPass ? 'pass' : 'fail'}`;
    lines.push(
      `${file}: playtest ${name}: ${card.overall} / 100, ${verdict} (pass mark ${card.passMark})${detail}${problem}`,
    );
  }
  return { lines, ok };
}
