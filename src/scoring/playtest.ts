/**
 * The playtest: a scenario played by every built-in policy. A fair scenario is passed by the
 * perfect oracle and the observer and failed by the guesser and idle (the CLI's `--playtest`
 * and the studio both read it).
 */
import type { State } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { POLICIES, POLICY_NAMES, type PolicyName, runPolicy } from './policies';
import { score } from './score';
import type { ScoreCard } from './types';

/** Whether each built-in policy must pass a fair scenario. */
export const MUST_PASS: Record<PolicyName, boolean> = { perfect: true, observer: true, guesser: false, idle: false };

/** One policy's playtest run: its score card, final state, and whether it did what a fair scenario makes it do. */
export interface PolicyPlay {
  name: PolicyName;
  mustPass: boolean;
  /** The card passed exactly when the policy must pass. */
  fair: boolean;
  card: ScoreCard;
  state: State;
}

/** Plays every built-in policy on a valid scenario with its default seed, in POLICY_NAMES order. */
export function playPolicies(scenario: Scenario): PolicyPlay[] {
  return POLICY_NAMES.map((name) => {
    const run = runPolicy(scenario, POLICIES[name]);
    const card = score(scenario, run.state, run.stoppedAtProbe);
    const mustPass = MUST_PASS[name];
    return { name, mustPass, fair: card.passed === mustPass, card, state: run.state };
  });
}
