/** The game loop: wall clock, speed, pause and the tick accumulator live here, never in the engine. */
import { advance } from '../engine';
import { TICK_MS } from '../engine/types';
import { finishRun, persist } from './actions';
import { seatSender } from './classroom/link';
import { pendingDiscussion } from './play';
import { session } from './session';

/** Longest wall time one frame may count, so a background tab does not jump ahead. */
const MAX_FRAME_MS = 250;
const SAVE_EVERY_MS = 1000;

let accumulator = 0;
let sinceSave = 0;

/** True when scenario time should not run: paused, help shown, a discussion waiting, frozen, ended, or in a class (the server's clock moves it). */
export function isHeld(): boolean {
  const s = session.getState();
  if (!s.engine || s.screen !== 'play' || seatSender()) return true;
  return s.paused || s.helpOpen || s.engine.ended || s.engine.frozenProbe !== null || pendingDiscussion() !== null;
}

/** How far (0–1) scenario time is between the last tick and the next, for smooth movement. */
export function tickFraction(): number {
  return isHeld() ? 1 : Math.min(1, accumulator / TICK_MS);
}

/** Moves scenario time on by `wallMs` of wall-clock time at the current speed, in whole engine ticks. */
export function step(wallMs: number): void {
  if (isHeld()) return;
  const s = session.getState();
  const { current, engine } = s;
  if (!current || !engine) return;
  accumulator += Math.min(wallMs, MAX_FRAME_MS) * s.speed * s.timeScale;
  let state = engine;
  let prev = s.prev ?? engine;
  while (accumulator >= TICK_MS && !state.ended && state.frozenProbe === null) {
    accumulator -= TICK_MS;
    prev = state;
    state = advance(current.scenario, state, TICK_MS);
  }
  if (state.ended || state.frozenProbe !== null) accumulator = 0;
  if (state === engine) return;
  session.setState({ engine: state, prev });
  sinceSave += wallMs;
  if (sinceSave >= SAVE_EVERY_MS || state.frozenProbe !== null) {
    sinceSave = 0;
    persist();
  }
  if (state.ended) finishRun();
}

/** Starts the loop on the browser's animation frames; returns a function that stops it. */
export function startLoop(): () => void {
  let last = performance.now();
  let handle = requestAnimationFrame(function frame(now: number) {
    step(now - last);
    last = now;
    handle = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(handle);
}
