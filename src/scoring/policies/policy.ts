/** Built-in policies (scripted trainees) and the loop that plays one to produce a replayable run. */
import { advance, apply, init } from '../../engine';
import { type Action, type State, TICK_MS } from '../../engine/types';
import type { Scenario } from '../../scenario/model';
import type { ActionFile } from '../../scenario/schema';

/** A scripted trainee: given the moment, the next action it takes now, or null to let time pass. */
export interface Policy {
  name: string;
  next(scenario: Scenario, state: State): Action | null;
  /** A fresh copy for one run, for a policy that remembers what it saw (runPolicy plays the copy). */
  fresh?(): Policy;
}

/** Most actions a policy may take within one tick (a guard against a policy that never settles). */
const MAX_ACTIONS_PER_TICK = 200;

export interface PolicyRun {
  run: { scenario: string; seed: number; actions: ActionFile[] };
  state: State;
  stoppedAtProbe: string | null;
}

/**
 * Plays a scenario with a policy to the end and records what it did as an action script;
 * `watch`, when given, sees the state after every tick.
 */
export function runPolicy(
  scenario: Scenario,
  policy: Policy,
  seed: number = scenario.seed,
  watch?: (state: State) => void,
): PolicyRun {
  const player = policy.fresh?.() ?? policy;
  let state = init(scenario, seed);
  const actions: ActionFile[] = [];
  while (!state.ended) {
    for (let i = 0; i < MAX_ACTIONS_PER_TICK; i++) {
      const action = player.next(scenario, state);
      if (!action) break;
      const result = apply(scenario, state, action);
      if (!result.ok) break;
      state = result.state;
      actions.push({ at: state.t / 1000, ...action } as ActionFile);
    }
    if (state.ended) break;
    if (state.frozenProbe)
      return { run: { scenario: scenario.id, seed, actions }, state, stoppedAtProbe: state.frozenProbe };
    state = advance(scenario, state, TICK_MS);
    watch?.(state);
  }
  return { run: { scenario: scenario.id, seed, actions }, state, stoppedAtProbe: null };
}
