/**
 * `validate --playtest`: plays a valid scenario with the four built-in policies. The perfect oracle and
 * the observer (a fair trainee who sees only what a trainee sees) must pass; the guesser (marks and
 * reports everything with guessed fields) and idle (does nothing) must fail.
 */
import { t } from '../i18n';
import type { Scenario } from '../scenario/model';
import { playPolicies } from '../scoring/playtest';
import type { PlaytestOutcome } from './validate';

/** Plays every built-in policy and says whether the scenario behaves as a fair exercise. */
export function playtest(scenario: Scenario, file: string): PlaytestOutcome {
  const lines: string[] = [];
  let ok = true;
  for (const { name, mustPass, fair, card } of playPolicies(scenario)) {
    if (!fair) ok = false;
    const weak = mustPass ? card.objectives.filter((o) => o.rating !== 'P' && o.rating !== 'N/A') : [];
    const objectives = weak.map((o) => `${o.id} (${o.rating} ${o.score})`).join(', ');
    const detail = weak.length ? t('cli:playtest.notPerformed', { objectives }) : '';
    const problem = fair ? '' : t('cli:playtest.mustPass', { policy: name, pass: mustPass ? 'yes' : 'no' });
    const verdict = t('cli:playtest.line', {
      policy: name,
      overall: String(card.overall),
      passed: card.passed ? 'yes' : 'no',
      passMark: String(card.passMark),
    });
    lines.push(`${file}: ${verdict}${detail}${problem}`);
  }
  return { lines, ok };
}
