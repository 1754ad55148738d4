/** Starting a run and moving it through time in fixed ticks. */
import type { Scenario } from '../scenario/model';
import { DEGRADED_DELAY_MS } from './actions/tracks';
import { focusMaskOf, updateContact } from './contacts';
import { type Draft, draftOf, emit } from './draft';
import { seedState } from './prng';
import { settle } from './triggers';
import { type State, TICK_MS } from './types';

/** The state at t = 0 of a run of `scenario` with `seed` (default: the scenario's seed). */
export function init(scenario: Scenario, seed: number = scenario.seed): State {
  const empty: State = {
    scenarioId: scenario.id,
    seed,
    t: 0,
    rng: seedState(seed),
    ended: false,
    endReason: null,
    frozenProbe: null,
    conditions: { ...scenario.conditions },
    comms: { primary: 'up', alternate: 'up' },
    posture: 'normal',
    emissions: 'on',
    focus: null,
    contacts: scenario.contacts.map((c) => ({
      id: c.id,
      clockStartMs: c.start === null ? 0 : null,
      active: false,
      gone: false,
      x: c.path[0].cell.c,
      y: c.path[0].cell.r,
      activity: c.path[0].activity,
      heading: 'stationary',
      perception: 'none',
      indicationCell: null,
      firstObservableMs: null,
      closestCells: null,
      track: null,
      jitter: { dx: 0, dy: 0 },
      seen: {},
      firstPerceivedMs: null,
      lastPerceivedMs: null,
      lastPerceivedAt: null,
      lastObservedMs: null,
    })),
    tracks: [],
    fired: {},
    skipped: {},
    messages: [],
    reports: [],
    probeTruth: {},
    answers: {},
    discussions: {},
    log: [],
  };
  const d = draftOf(scenario, empty);
  emit(d, { type: 'run-started', seed });
  evaluate(d);
  return d.s;
}

/** The state after `dtMs` of scenario time: floor(dtMs / TICK_MS) ticks, fewer if the run ends or a probe freezes. */
export function advance(scenario: Scenario, state: State, dtMs: number): State {
  return step(scenario, state, Math.floor(dtMs / TICK_MS), false);
}

/** The state once scenario time reaches `tMs` (or the run ends, or a probe freezes first). */
export function advanceTo(scenario: Scenario, state: State, tMs: number): State {
  return step(scenario, state, Math.ceil((tMs - state.t) / TICK_MS), false);
}

/** advanceTo that changes `state` itself: only for a state no caller holds (replay's own). */
export function advanceToInPlace(scenario: Scenario, state: State, tMs: number): State {
  return step(scenario, state, Math.ceil((tMs - state.t) / TICK_MS), true);
}

function step(scenario: Scenario, state: State, ticks: number, inPlace: boolean): State {
  if (!(ticks > 0) || state.ended || state.frozenProbe !== null) return state;
  const d = draftOf(scenario, state, inPlace);
  for (let k = 0; k < ticks && !d.s.ended && d.s.frozenProbe === null; k++) {
    d.s.t += TICK_MS;
    evaluate(d);
  }
  return d.s;
}

/** Everything that happens at the current time: deliveries, motion and perception, then injects. */
function evaluate(d: Draft): void {
  deliverDue(d);
  const mask = focusMaskOf(d);
  for (let i = 0; i < d.s.contacts.length; i++) updateContact(d, i, mask);
  settle(d);
}

/**
 * Delivers (or loses) the pending reports now due. A report is pending for DEGRADED_DELAY_MS at most
 * and reports are filed in time order, so only the tail filed that recently is looked at (every tick
 * would otherwise scan every report ever filed).
 */
function deliverDue(d: Draft): void {
  const s = d.s;
  let from = s.reports.length;
  while (from > 0 && s.reports[from - 1].filedMs + DEGRADED_DELAY_MS >= s.t) from--;
  for (let i = from; i < s.reports.length; i++) {
    const r = s.reports[i];
    if (r.status !== 'pending' || r.deliverAtMs === null || r.deliverAtMs > s.t) continue;
    if (s.comms[r.channel] === 'down') {
      s.reports[i] = { ...r, status: 'not-delivered', deliverAtMs: null };
      emit(d, { type: 'report-not-delivered', index: r.index, contact: r.contact, channel: r.channel });
      continue;
    }
    s.reports[i] = { ...r, status: 'delivered', deliveredMs: s.t };
    emit(d, { type: 'report-delivered', index: r.index, contact: r.contact, channel: r.channel });
  }
}
