/** The headless runner: plays a scripted or recorded action list against a scenario. */
import { t } from '../i18n';
import type { Scenario } from '../scenario/model';
import type { ActionFile } from '../scenario/schema';
import { offsetToMs } from '../scenario/time';
import { reject } from './actions/reject';
import { apply, applyInPlace } from './apply';
import { advanceTo, advanceToInPlace, init } from './run';
import { type Action, type ReplayResult, type RunInput, type State, TICK_MS } from './types';

/** The time an action's `at` stands for, rounded up to the next tick; null when malformed. */
export function actionTimeMs(at: ActionFile['at']): number | null {
  const ms = offsetToMs(at);
  return ms === null ? null : Math.ceil(ms / TICK_MS) * TICK_MS;
}

/** Optional watching of a replay: `onState` sees the first state, every accepted action's state, and the state every `everyMs`. */
export interface ReplayWatch {
  everyMs: number;
  onState: (state: State) => void;
}

/**
 * Plays `run` from t = 0 to the end of the run, or only to `untilMs` (a reload resuming mid-run).
 * An `answer` applies at its probe's freeze whatever its `at` (actions listed after it wait for it);
 * a freeze with no answer left in the script stops the replay.
 */
export function replay(scenario: Scenario, run: RunInput, watch?: ReplayWatch, untilMs?: number): ReplayResult {
  const actions = run.actions;
  const end = untilMs === undefined ? scenario.durationMs : Math.min(untilMs, scenario.durationMs);
  const consumed = new Uint8Array(actions.length);
  const rejected: ReplayResult['rejected'] = [];
  let state: State = init(scenario, run.seed ?? scenario.seed);
  /** Whether `state` is replay's own, seen by no one yet: then the next step may change it in place. */
  let owned = !watch;
  watch?.onState(state);
  const show = (): void => {
    if (!watch) return;
    watch.onState(state);
    owned = false;
  };
  const advanceOwn = (tMs: number): void => {
    const next = owned ? advanceToInPlace(scenario, state, tMs) : advanceTo(scenario, state, tMs);
    owned ||= next !== state;
    state = next;
  };

  /** Advances to `tMs` (stopping at a freeze or the end), showing the watcher a state every `everyMs`. */
  const advanceWatched = (tMs: number): void => {
    if (!watch) {
      advanceOwn(tMs);
      return;
    }
    while (state.t < tMs && !state.ended && state.frozenProbe === null) {
      advanceOwn(Math.min(tMs, (Math.floor(state.t / watch.everyMs) + 1) * watch.everyMs));
      show();
    }
  };

  const applyAt = (index: number): void => {
    consumed[index] = 1;
    const { at: _at, ...action } = actions[index];
    const result = (owned ? applyInPlace : apply)(scenario, state, action as Action);
    if (result.ok) {
      owned ||= result.state !== state;
      state = result.state;
      show();
    } else rejected.push({ index, action: actions[index], rejection: result.rejection });
  };
  /** Answers the frozen probe with the first unused answer to it from `from` on; false if there is none. */
  const answerFreeze = (from: number): boolean => {
    for (let j = from; j < actions.length && state.frozenProbe !== null; j++) {
      const a = actions[j];
      if (!consumed[j] && a?.type === 'answer' && a.probe === state.frozenProbe) applyAt(j);
    }
    return state.frozenProbe === null;
  };
  /** Advances to `tMs`, answering freezes on the way (stopping once action `waitFor` is used); false when a freeze has no answer. */
  const reach = (tMs: number, from: number, waitFor = -1): boolean => {
    for (;;) {
      advanceWatched(tMs);
      if (state.frozenProbe === null) return true;
      if (!answerFreeze(from)) return false;
      if (waitFor >= 0 && consumed[waitFor]) return true;
    }
  };
  const probeToCome = (a: ActionFile): boolean =>
    a.type === 'answer' && !Object.hasOwn(state.fired, a.probe) && scenario.injects.some((inj) => inj.id === a.probe);

  for (let i = 0; i < actions.length; i++) {
    if (consumed[i]) continue;
    const raw: unknown = actions[i];
    const isAction = typeof raw === 'object' && raw !== null;
    const at = isAction ? actionTimeMs(actions[i].at) : null;
    if (at === null) {
      consumed[i] = 1;
      const message = isAction ? t('engine:replay.badTime') : t('engine:replay.notObject');
      rejected.push({ index: i, action: actions[i], rejection: reject('bad-action', message) });
      continue;
    }
    if (untilMs !== undefined && at > end) break;
    const ok = probeToCome(actions[i]) ? reach(end, i, i) : reach(at, i);
    if (!ok) return { state, rejected, stoppedAtProbe: state.frozenProbe };
    if (!consumed[i]) applyAt(i);
  }
  if (!reach(end, actions.length)) return { state, rejected, stoppedAtProbe: state.frozenProbe };
  return { state, rejected, stoppedAtProbe: null };
}
