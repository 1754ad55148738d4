/** Test helpers: run a scenario to a time, apply actions that must succeed or must fail, read the log. */
import { expect } from 'vitest';
import { advanceTo, apply, init } from '../../../src/engine';
import type { Action, EngineEvent, EventType, RejectionCode, State } from '../../../src/engine/types';
import type { Scenario } from '../../../src/scenario/model';

/** A fresh run advanced to `sec` seconds. */
export function runTo(sc: Scenario, sec: number, seed?: number): State {
  return advanceTo(sc, init(sc, seed), sec * 1000);
}

/** Applies an action that must be accepted; returns the new state. */
export function act(sc: Scenario, s: State, action: Action): State {
  const r = apply(sc, s, action);
  if (!r.ok)
    throw new Error(`expected ${action.type} to be accepted, got ${r.rejection.rejected}: ${r.rejection.message}`);
  return r.state;
}

/** Applies an action that must be rejected with `code`. */
export function expectRejected(sc: Scenario, s: State, action: Action, code: RejectionCode): void {
  const r = apply(sc, s, action);
  expect(r.ok ? 'accepted' : r.rejection.rejected).toBe(code);
}

/** The events of one type in the log. */
export function eventsOf<T extends EventType>(s: State, type: T): Extract<EngineEvent, { type: T }>[] {
  return s.log.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
}

/** The contact state by id. */
export function contact(s: State, id: string) {
  const c = s.contacts.find((x) => x.id === id);
  if (!c) throw new Error(`no contact ${id}`);
  return c;
}
