/** A seat's mirror: the same engine as the server's copy, moved only to the times and by the actions the server announces. */
import { actionTimeMs, advanceTo, apply, replay } from '../../engine';
import type { Action } from '../../engine/types';
import { t } from '../../i18n';
import type { AcceptedMessage, ClockMessage, WelcomeMessage } from '../../protocol';
import { hashScenario, parseScenario } from '../../scenario';
import type { ActionFile } from '../../scenario/schema';
import { scoreRun } from '../../scoring';
import { playing } from '../actions';
import { shown } from '../localize';
import type { RecordedAction } from '../runRecord';
import { session } from '../session';

/** An action as the server gave it, with `at` in scenario seconds (as run records keep it). */
export function recorded(a: ActionFile): RecordedAction {
  const { at, ...action } = a;
  return { ...(action as Action), at: (actionTimeMs(at) ?? 0) / 1000 };
}

/** Rebuilds the seat's run from the server's welcome (first join, reload or reconnection); returns a problem, or null. */
export function mirrorWelcome(w: WelcomeMessage): string | null {
  const parsed = parseScenario(w.scenarioText);
  if (!parsed.ok) return t('classroom:seat.unreadable');
  const scenario = parsed.value;
  const hash = hashScenario(w.scenarioText);
  const actions = w.actions.map(recorded);
  const { state } = replay(scenario, { seed: w.seed, actions }, undefined, w.seatMs);
  const record = {
    id: `class-${w.code}-${w.seatId}`,
    scenario: scenario.id,
    scenarioHash: hash,
    seed: w.seed,
    actions,
  };
  const s = session.getState();
  const same = s.screen === 'play' && s.current?.hash === hash && s.record?.id === record.id;
  const current = {
    scenario: shown(scenario),
    hash,
    source: { kind: 'file' as const, name: `class ${w.code}`, text: w.scenarioText },
  };
  session.setState({
    ...(same ? {} : { ...playing(), cursor: { ...scenario.post.cell } }),
    current,
    engine: state,
    prev: state,
    record,
    facilitator: false,
  });
  return null;
}

/** Moves the mirror to the seat's time as the server announced it (never back). */
export function mirrorClock(c: ClockMessage): void {
  const { current, engine } = session.getState();
  if (!current || !engine || c.seatMs <= engine.t) return;
  session.setState({ engine: advanceTo(current.scenario, engine, c.seatMs), prev: engine });
}

/** Applies an action the server accepted, at the time it gave (one it has is ignored); false when out of step (rejoin). */
export function mirrorAccepted(m: AcceptedMessage): boolean {
  const { current, engine, record } = session.getState();
  if (!current || !engine || !record) return false;
  if (m.n < record.actions.length) return true;
  if (m.n > record.actions.length) return false;
  const action = recorded(m.action);
  const at = Math.round(action.at * 1000);
  const before = at > engine.t ? advanceTo(current.scenario, engine, at) : engine;
  const { at: _at, ...bare } = action;
  const result = apply(current.scenario, before, bare as Action);
  if (!result.ok) return false;
  session.setState({
    engine: result.state,
    prev: result.state,
    record: { ...record, actions: [...record.actions, action] },
    notice: null,
  });
  return true;
}

/** The seat's own debrief: its run as recorded, scored as the server (and `npm run simulate`) scores it. */
export function finishSeat(): void {
  const { current, record } = session.getState();
  if (!current || !record) return;
  const { card, state } = scoreRun(current.scenario, record);
  session.setState({
    scoreCard: card,
    engine: state,
    prev: state,
    screen: 'debrief',
    reportOpen: false,
    helpOpen: false,
  });
}
