/** A seat's run on the server: it follows the class clock, freezes at its own probe, catches up at 2×, and replays the same. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/engine';
import { parseScenario } from '../../../src/scenario';
import { ClassClock } from '../../../src/server/clock';
import { CATCH_UP_RATE, SeatRun } from '../../../src/server/seat';

const text = readFileSync('assets/scenarios/full-shift.json', 'utf8');
const parsed = parseScenario(text);
if (!parsed.ok) throw new Error('full-shift does not parse');
const scenario = parsed.value;
const PROBE_MS = 240_000;

/** Runs a seat for `ms` of class time from `fromMs`, in 250 ms server ticks. */
function run(seat: SeatRun, fromMs: number, ms: number): number {
  let classMs = fromMs;
  for (let t = 0; t < ms; t += 250) {
    classMs += 250;
    seat.follow(classMs, 250);
  }
  return classMs;
}

describe('SeatRun', () => {
  it('keeps level with the class clock, in whole ticks', () => {
    const seat = new SeatRun(scenario, scenario.seed);
    run(seat, 0, 10_000);
    expect(seat.ms).toBe(10_000);
  });

  it('freezes at its probe while the class runs on, then catches up at double speed without skipping', () => {
    const seat = new SeatRun(scenario, scenario.seed);
    let classMs = run(seat, 0, PROBE_MS + 5000);
    expect(seat.ms).toBe(PROBE_MS);
    expect(seat.state.frozenProbe).toBe('p1-count');
    const answered = seat.act({ type: 'answer', probe: 'p1-count', choice: 1 });
    expect(answered.ok && answered.recorded.at).toBe(PROBE_MS / 1000);
    const behind = classMs - seat.ms;
    classMs = run(seat, classMs, 1000);
    expect(classMs - seat.ms).toBe(behind - 1000 * (CATCH_UP_RATE - 1));
    classMs = run(seat, classMs, behind);
    expect(seat.ms).toBe(classMs);
  });

  it('is rebuilt from its recorded actions to the same state (what a restart and the mirror do)', () => {
    const seat = new SeatRun(scenario, scenario.seed);
    let classMs = run(seat, 0, 2000);
    expect(seat.act({ type: 'mark', cell: 'C3' }).ok).toBe(true);
    expect(seat.act({ type: 'posture', posture: 'alert' }).ok).toBe(true);
    classMs = run(seat, classMs, 3000);
    const again = new SeatRun(scenario, scenario.seed, seat.actions, seat.ms);
    expect(again.state).toEqual(seat.state);
    expect(replay(scenario, { seed: scenario.seed, actions: seat.actions }, undefined, seat.ms).state).toEqual(
      seat.state,
    );
    expect(classMs).toBe(5000);
  });

  it('refuses what the engine refuses, recording nothing', () => {
    const seat = new SeatRun(scenario, scenario.seed);
    const r = seat.act({ type: 'ack', inject: 'status-check' });
    expect(r.ok).toBe(false);
    expect(seat.actions).toEqual([]);
  });
});

describe('ClassClock', () => {
  it('runs at 1× from its anchor, stops when paused and carries its time over', () => {
    const clock = new ClassClock({ phase: 'lobby', classMs: 0, anchorWallMs: null });
    expect(clock.at(1000)).toBe(0);
    clock.set('running', 1000);
    expect(clock.at(4000)).toBe(3000);
    const stored = clock.set('paused', 5000);
    expect(stored).toEqual({ phase: 'paused', classMs: 4000, anchorWallMs: null });
    expect(clock.at(9000)).toBe(4000);
    clock.set('running', 10_000);
    expect(clock.at(10_500)).toBe(4500);
    expect(new ClassClock(clock.record()).at(11_000)).toBe(5000);
  });
});
