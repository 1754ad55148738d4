import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, apply, init, positionAt, replay, TICK_MS } from '../../../src/engine';
import type { Action, EventType, State } from '../../../src/engine/types';
import type { Scenario } from '../../../src/scenario/model';
import { actionArb, scenarioArb, scriptArb } from './arbitraries';

const EVENT_OF: Record<Action['type'], EventType> = {
  emissions: 'emissions-changed',
  posture: 'posture-changed',
  focus: 'focus-changed',
  mark: 'track-created',
  classify: 'track-classified',
  report: 'report-filed',
  ack: 'message-acked',
  answer: 'probe-answered',
  discuss: 'discussion-answered',
  fire: 'inject-fired',
  drop: 'track-dropped',
};

type Op = { advance: number } | { action: Action };

/** A scenario with a random mix of advances and actions. */
const session = scenarioArb.chain((sc) =>
  fc.tuple(
    fc.constant(sc),
    fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 5000 }).map((ms): Op => ({ advance: ms })),
        actionArb(sc).map((action): Op => ({ action })),
      ),
      { maxLength: 40 },
    ),
  ),
);

/**
 * Points a random action at what exists now, so more of them are accepted: an answer goes to the
 * frozen probe, a track label to an existing track, an ack or discuss to a fired inject.
 */
function steer(s: State, a: Action): Action {
  const pick = <T>(items: T[], n: number) => items[Math.abs(n) % items.length];
  if (a.type === 'answer' && s.frozenProbe !== null) return { ...a, probe: s.frozenProbe };
  const perceived = s.contacts.filter((c) => c.active && c.perception !== 'none' && c.track === null);
  if (a.type === 'mark' && a.contact && perceived.length > 0) return { ...a, contact: pick(perceived, s.t / 250).id };
  const tracked = s.contacts.filter((c) => c.track !== null);
  if ((a.type === 'classify' || a.type === 'report') && a.contact && tracked.length > 0) {
    return { ...a, contact: pick(tracked, s.t / 250).id };
  }
  if ((a.type === 'classify' || a.type === 'report') && a.track && s.tracks.length > 0) {
    return { ...a, track: pick(s.tracks, Number(a.track.slice(1))).label };
  }
  const fired = Object.keys(s.fired);
  if ((a.type === 'ack' || a.type === 'discuss') && fired.length > 0)
    return { ...a, inject: pick(fired, a.inject.length) };
  return a;
}

/** Runs the ops, calling `check(before, after, op, accepted)` after each. */
function play(sc: Scenario, ops: Op[], check: (before: State, after: State, op: Op, accepted: boolean) => void) {
  let s = init(sc);
  for (const raw of ops) {
    const op = 'action' in raw ? { action: steer(s, raw.action) } : raw;
    const before = s;
    let accepted = false;
    if ('advance' in op) s = advance(sc, s, op.advance);
    else {
      const r = apply(sc, s, op.action);
      if (r.ok) {
        s = r.state;
        accepted = true;
      }
    }
    check(before, s, op, accepted);
  }
}

/** Whether an active contact lies on the segment of its path it is on now. */
function onSegment(sc: Scenario, s: State, i: number): boolean {
  const cs = s.contacts[i];
  const path = sc.contacts[i].path;
  const tau = s.t - (cs.clockStartMs ?? 0);
  let k = 0;
  while (k + 1 < path.length && path[k + 1].atMs <= tau) k++;
  const a = path[k].cell;
  const b = (path[k + 1] ?? path[k]).cell;
  const eps = 1e-9;
  const within = (v: number, p: number, q: number) => v >= Math.min(p, q) - eps && v <= Math.max(p, q) + eps;
  const cross = (b.c - a.c) * (cs.y - a.r) - (b.r - a.r) * (cs.x - a.c);
  return within(cs.x, a.c, b.c) && within(cs.y, a.r, b.r) && Math.abs(cross) < 1e-6;
}

describe('engine invariants (fast-check)', () => {
  it('time only moves forward, in whole ticks, and the log is in time order', () => {
    fc.assert(
      fc.property(session, ([sc, ops]) => {
        play(sc, ops, (before, after) => {
          expect(after.t).toBeGreaterThanOrEqual(before.t);
          expect(after.t % TICK_MS).toBe(0);
          for (let k = 1; k < after.log.length; k++) expect(after.log[k].t).toBeGreaterThanOrEqual(after.log[k - 1].t);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('active contacts are always on their current path segment, where positionAt says', () => {
    fc.assert(
      fc.property(session, ([sc, ops]) => {
        play(sc, ops, (_before, after) => {
          after.contacts.forEach((cs, i) => {
            if (!cs.active) return;
            expect(onSegment(sc, after, i)).toBe(true);
            expect(positionAt(sc, after, cs.id, after.t)).toEqual({ x: cs.x, y: cs.y });
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('every accepted action adds its event first, at the current time; a rejected one changes nothing', () => {
    fc.assert(
      fc.property(session, ([sc, ops]) => {
        play(sc, ops, (before, after, op, accepted) => {
          if (!('action' in op)) return;
          if (!accepted) {
            expect(after).toBe(before);
            return;
          }
          const added = after.log.slice(before.log.length);
          expect(added[0]).toMatchObject({ t: before.t, type: EVENT_OF[op.action.type] });
          if (op.action.type !== 'fire') {
            expect(added.filter((e) => e.type === EVENT_OF[op.action.type])).toHaveLength(1);
          }
          expect(after.t).toBe(before.t);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('replay of random action lists never throws, always finishes or stops at a probe, and is deterministic', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((sc) => fc.tuple(fc.constant(sc), scriptArb(sc), fc.option(fc.integer()))),
        ([sc, actions, seed]) => {
          const run = { seed: seed ?? undefined, actions };
          const a = replay(sc, run);
          expect(a.state.ended || a.stoppedAtProbe !== null).toBe(true);
          expect(a.stoppedAtProbe).toBe(a.state.frozenProbe);
          expect(replay(sc, run)).toStrictEqual(a);
          expect(JSON.parse(JSON.stringify(a.state))).toStrictEqual(a.state);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('replay changing its own state in place ends as a watched replay does, and never changes a state it has shown', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((sc) => fc.tuple(fc.constant(sc), scriptArb(sc), fc.integer({ min: 5_000, max: 60_000 }))),
        ([sc, actions, everyMs]) => {
          const shown: { state: State; json: string }[] = [];
          const watched = replay(
            sc,
            { actions },
            { everyMs, onState: (state) => shown.push({ state, json: JSON.stringify(state) }) },
          );
          expect(replay(sc, { actions })).toStrictEqual(watched);
          for (const { state, json } of shown) expect(JSON.stringify(state)).toBe(json);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
