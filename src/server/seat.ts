/**
 * One seat's run on the server: the engine state of record, its accepted actions, and how its scenario
 * time follows the class clock (1× with the class, frozen on its own probe, then 2× until caught up).
 */
import { advanceTo, apply, replay } from '../engine';
import { type Action, type Rejection, type State, TICK_MS } from '../engine/types';
import type { Scenario } from '../scenario/model';
import type { ActionFile } from '../scenario/schema';

/** How much faster than the class a seat that fell behind (answering a probe) runs until it catches up. */
export const CATCH_UP_RATE = 2;

/** A seat's scenario time as the engine keeps it: `ms` floored to a whole tick. */
const toTick = (ms: number): number => Math.floor(ms / TICK_MS) * TICK_MS;

export class SeatRun {
  readonly actions: ActionFile[];
  state: State;

  /** A seat's run rebuilt from its recorded actions up to `untilMs` (never before its last action). */
  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    actions: ActionFile[] = [],
    untilMs = 0,
  ) {
    this.actions = [...actions];
    const lastAt =
      actions.length === 0 ? 0 : Math.max(...actions.map((a) => (typeof a.at === 'number' ? a.at * 1000 : 0)));
    this.state = replay(scenario, { seed, actions: this.actions }, undefined, Math.max(toTick(untilMs), lastAt)).state;
  }

  /** The seat's scenario time (ms). */
  get ms(): number {
    return this.state.t;
  }

  /** Whether the seat has nothing left to play (its run ended). */
  get done(): boolean {
    return this.state.ended;
  }

  /**
   * Moves the seat's time on by `dtMs` of class time toward `classMs`: at 1× when level with the class,
   * at CATCH_UP_RATE× while behind, not at all while its own probe is waiting. Returns whether it moved.
   */
  follow(classMs: number, dtMs: number): boolean {
    const s = this.state;
    if (s.ended || s.frozenProbe !== null || s.t >= classMs) return false;
    const target = toTick(Math.min(classMs, s.t + dtMs * CATCH_UP_RATE));
    if (target <= s.t) return false;
    this.state = advanceTo(this.scenario, s, target);
    return this.state !== s;
  }

  /** Applies `action` at the seat's time: the recorded action (with `at`) and its index, or the engine's rejection. */
  act(action: Action): { ok: true; n: number; recorded: ActionFile } | { ok: false; rejection: Rejection } {
    const result = apply(this.scenario, this.state, action);
    if (!result.ok) return result;
    const recorded = { at: this.state.t / 1000, ...action } as ActionFile;
    this.state = result.state;
    this.actions.push(recorded);
    return { ok: true, n: this.actions.length - 1, recorded };
  }
}
