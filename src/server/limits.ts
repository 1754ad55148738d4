/** Bounds on what one connection may send: a token bucket per connection. */

/** Messages a connection may send in a burst, and per second after it. */
export const BURST = 20;
export const PER_SECOND = 10;
/** Past this many messages in a second Colyseus drops the connection outright (a flood, not a fast trainee). */
export const HARD_PER_SECOND = 60;
/** Largest WebSocket frame the transport reads at all (bytes); bigger frames close the connection. */
export const MAX_FRAME_BYTES = 64 * 1024;

/** A token bucket: take() is false while the connection is over its rate. */
export class Bucket {
  private tokens = BURST;
  private lastMs: number;

  /** A full bucket at wall time `nowMs`. */
  constructor(nowMs: number) {
    this.lastMs = nowMs;
  }

  /** Takes one token at wall time `nowMs`; false when none is left. */
  take(nowMs: number): boolean {
    this.tokens = Math.min(BURST, this.tokens + ((nowMs - this.lastMs) / 1000) * PER_SECOND);
    this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
