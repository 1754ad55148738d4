/** Applying one trainee (or facilitator) action at the current time. */
import { t } from '../i18n';
import type { Scenario } from '../scenario/model';
import { ack, answer, discuss, fire } from './actions/injects';
import { drop, mark } from './actions/mark';
import { reject } from './actions/reject';
import { setEmissions, setFocus, setPosture } from './actions/settings';
import { classify, report } from './actions/tracks';
import { type Draft, draftOf } from './draft';
import { settle } from './triggers';
import type { Action, ApplyResult, Rejection, State } from './types';

/** Each handler returns a rejection before it changes anything (applyInPlace relies on it). */
type Handlers = { [K in Action['type']]: (d: Draft, a: Extract<Action, { type: K }>) => Rejection | null };

const HANDLERS: Handlers = {
  emissions: setEmissions,
  posture: setPosture,
  focus: setFocus,
  mark,
  drop,
  classify,
  report,
  ack,
  answer,
  discuss,
  fire,
};

/** Applies an action at state.t: the new state, or a rejection with a reason code. Never throws. */
export function apply(scenario: Scenario, state: State, action: Action): ApplyResult {
  return applyWith(scenario, state, action, false);
}

/**
 * apply that changes `state` itself: only for a state no caller holds (replay's own). A rejected
 * action leaves it as it was, since every handler checks everything before it changes anything.
 */
export function applyInPlace(scenario: Scenario, state: State, action: Action): ApplyResult {
  return applyWith(scenario, state, action, true);
}

function applyWith(scenario: Scenario, state: State, action: Action, inPlace: boolean): ApplyResult {
  if (state.ended) return { ok: false, rejection: reject('ended', t('engine:apply.ended')) };
  const type: unknown = typeof action === 'object' && action !== null ? action.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(HANDLERS, type)) {
    return { ok: false, rejection: reject('bad-action', t('engine:apply.unknownType', { type: String(type) })) };
  }
  if (state.frozenProbe !== null && type !== 'answer') {
    return { ok: false, rejection: reject('frozen', t('engine:apply.frozen', { probe: state.frozenProbe })) };
  }
  const d = draftOf(scenario, state, inPlace);
  const handler = HANDLERS[action.type] as (d: Draft, a: Action) => Rejection | null;
  const rejection = handler(d, action);
  if (rejection) return { ok: false, rejection };
  settle(d);
  return { ok: true, state: d.s };
}
