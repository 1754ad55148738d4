/** Any scenario the parser accepts plays to its end within a bounded number of ticks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, TICK_MS } from '../../../src/engine';
import { parseScenario } from '../../../src/scenario';
import { MAX_OFFSET_SEC } from '../../../src/scenario/limits';
import { scenarioArb, scriptArb } from './arbitraries';

/** The most ticks any accepted scenario can take. */
const MAX_TICKS = Math.ceil((MAX_OFFSET_SEC * 1000) / TICK_MS);

/** "h:mm:ss" text with hours up to `maxHours`. */
const clockText = (maxHours: number) =>
  fc
    .tuple(fc.nat(maxHours), fc.nat(59), fc.nat(59))
    .map(([h, m, s]) => `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`);

/** A time offset of any size, near and far past the ceiling: seconds up to 1e300, or text with hours up to 99999. */
const anyOffset = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: MAX_OFFSET_SEC }) },
  { weight: 4, arbitrary: clockText(12) },
  fc.double({ min: 0, max: 1e300, noNaN: true }),
  fc.integer({ min: 0, max: 2 * MAX_OFFSET_SEC }),
  clockText(99_999),
);

interface Times {
  duration: number | string;
  waypoint: number | string;
  at: number | string;
  delay: number | string;
}

/** A small scenario file with these duration, waypoint, inject and delay times. */
function fileOf({ duration, waypoint, at, delay }: Times) {
  return {
    schemaVersion: 1,
    id: 'bounded',
    title: 'Bounded',
    durationSec: duration,
    map: { terrain: ['......', '......', '......'] },
    post: { cell: 'C2', name: 'Post', observeRange: 3 },
    contacts: [
      {
        id: 'c1',
        domain: 'air',
        truth: 'hobbyist',
        path: [
          { at: 0, cell: 'A1' },
          { at: waypoint, cell: 'F3' },
        ],
      },
    ],
    injects: [
      { id: 'm1', type: 'message', at, from: 'HQ', text: 'Check in', requiresAck: true },
      { id: 'm2', type: 'message', when: { after: 'm1', delay }, from: 'HQ', text: 'Again' },
    ],
    objectives: [{ id: 'o1', capability: 'discipline', text: 'x', rule: { type: 'falseReports', max: 0 } }],
  };
}

const fileArb = fc.record({ duration: anyOffset, waypoint: anyOffset, at: anyOffset, delay: anyOffset }).map(fileOf);

describe('bounded play', () => {
  it('an accepted scenario lasts at most 12 hours, however large the times written in the file', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        const parsed = parseScenario(JSON.stringify(file));
        if (!parsed.ok) return;
        accepted++;
        expect(parsed.value.durationMs).toBeLessThanOrEqual(MAX_OFFSET_SEC * 1000);
        for (const c of parsed.value.contacts) {
          for (const w of c.path) expect(w.atMs).toBeLessThanOrEqual(MAX_OFFSET_SEC * 1000);
        }
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(10);
  }, 60_000);

  it('replay of any scenario and actions ends by the duration: at most ceil(duration / tick) ticks', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((sc) => fc.tuple(fc.constant(sc), scriptArb(sc))),
        ([sc, actions]) => {
          let states = 0;
          const r = replay(sc, { actions }, { everyMs: TICK_MS, onState: () => states++ });
          const ticks = Math.ceil(sc.durationMs / TICK_MS);
          expect(r.state.t).toBeLessThanOrEqual(ticks * TICK_MS);
          expect(states).toBeLessThanOrEqual(1 + ticks + actions.length);
          expect(r.state.ended || r.stoppedAtProbe !== null).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the longest scenario the format allows plays to its end in bounded time', () => {
    const file = fileOf({ duration: '12:00:00', waypoint: '11:00:00', at: 600, delay: '11:50:00' });
    const parsed = parseScenario(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error[0].message);
    const t0 = performance.now();
    const r = replay(parsed.value, { actions: [{ at: 1, type: 'emissions', state: 'off' }] });
    expect(r.state.ended).toBe(true);
    expect(r.state.t).toBe(MAX_TICKS * TICK_MS);
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 120_000);
});
