/**
 * The playtest runs the playability checks read: the perfect trainee, the perfect trainee with
 * focus held on each sector, and a passive trainee who only answers probes.
 */

import type { EngineEvent, State } from '../../engine/types';
import { t } from '../../i18n';
import type { Scenario } from '../../scenario/model';
import { ownValue } from '../../scenario/own';
import type { NamedCue } from '../../scenario/telltales';
import { POLICIES, type Policy, runPolicy } from '../policies';

/** A stretch of scenario time, from (inclusive) to (exclusive), in ms. */
export interface Span {
  from: number;
  to: number;
}

/** One finished playtest run and what it showed. */
export interface Playtest {
  /** Who played, for messages: "perfect", "perfect, focus on north", "passive". */
  name: string;
  /** Which trainee: the probe checks read only the perfect and passive runs. */
  kind: 'perfect' | 'passive' | 'focused';
  state: State;
  /** Contact id → the stretches in which it was observable to the trainee. */
  visible: Map<string, Span[]>;
  /** Contact id → when each cue a text may name was first there to be seen. */
  cueSeenAt: Map<string, Partial<Record<NamedCue, number>>>;
}

const NAMED_CUES: readonly NamedCue[] = ['type', 'carrying', 'lightColor', 'markings'];

/** A watcher for runPolicy that notes when each named cue of each contact was first seen. */
function cueClock(): { watch: (state: State) => void; seenAt: Playtest['cueSeenAt'] } {
  const seenAt: Playtest['cueSeenAt'] = new Map();
  const watch = (state: State) => {
    for (const c of state.contacts) {
      const times = seenAt.get(c.id) ?? {};
      for (const cue of NAMED_CUES) if (c.seen[cue] !== undefined && times[cue] === undefined) times[cue] = state.t;
      seenAt.set(c.id, times);
    }
  };
  return { watch, seenAt };
}

/** Answers each probe rightly and does nothing else: the trainee who lets everything happen. */
const passivePolicy: Policy = {
  name: 'passive',
  next: (_scenario, state) =>
    state.frozenProbe
      ? { type: 'answer', probe: state.frozenProbe, choice: ownValue(state.probeTruth, state.frozenProbe) ?? 0 }
      : null,
};

/** The perfect trainee, keeping observation focused on one sector. */
function focusedPolicy(sector: string): Policy {
  return {
    name: t('scenario:playability.focusedRun', { sector }),
    next: (scenario, state) =>
      !state.frozenProbe && state.focus !== sector ? { type: 'focus', sector } : POLICIES.perfect.next(scenario, state),
  };
}

/** Observable stretches per contact, read from a run's log (a stretch still open ends with the run). */
function visibleSpans(log: readonly EngineEvent[], endMs: number): Map<string, Span[]> {
  const open = new Map<string, number>();
  const spans = new Map<string, Span[]>();
  const close = (contact: string, t: number) => {
    const from = open.get(contact);
    if (from === undefined) return;
    open.delete(contact);
    spans.set(contact, [...(spans.get(contact) ?? []), { from, to: t }]);
  };
  for (const e of log) {
    if (e.type === 'contact-observable') open.set(e.contact, e.t);
    else if (e.type === 'contact-lost' || e.type === 'contact-left') close(e.contact, e.t);
  }
  for (const contact of [...open.keys()]) close(contact, endMs);
  return spans;
}

function play(scenario: Scenario, policy: Policy, kind: Playtest['kind']): Playtest {
  const clock = cueClock();
  const { state } = runPolicy(scenario, policy, scenario.seed, clock.watch);
  return { name: policy.name, kind, state, visible: visibleSpans(state.log, state.t), cueSeenAt: clock.seenAt };
}

/** Plays every playtest run of a scenario: perfect, passive, then perfect with focus on each sector. */
export function playtests(scenario: Scenario): Playtest[] {
  return [
    play(scenario, POLICIES.perfect, 'perfect'),
    play(scenario, passivePolicy, 'passive'),
    ...scenario.sectors.map((s) => play(scenario, focusedPolicy(s.id), 'focused')),
  ];
}

/** Total observable time of a contact in a run, in ms. */
export function visibleMs(run: Playtest, contact: string): number {
  return (run.visible.get(contact) ?? []).reduce((sum, s) => sum + s.to - s.from, 0);
}

/** The least distance a contact came to the post in any run, or null when it never appeared. */
export function closestInAny(runs: readonly Playtest[], contact: string): number | null {
  let best: number | null = null;
  for (const run of runs) {
    const d = run.state.contacts.find((c) => c.id === contact)?.closestCells ?? null;
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best;
}
