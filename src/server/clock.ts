/** The class clock: 1× wall time from Start, stopped while paused or before Start; anchored for storage. */
import type { Phase } from '../protocol';
import type { ClockRecord } from './storage/store';

export class ClassClock {
  phase: Phase;
  /** classMs at the anchor. */
  private baseMs: number;
  /** Wall clock (epoch ms) at the anchor, while running. */
  private anchorWallMs: number | null;

  /** A clock from its stored anchors. */
  constructor(record: ClockRecord) {
    this.phase = record.phase;
    this.baseMs = record.classMs;
    this.anchorWallMs = record.anchorWallMs;
  }

  /** Class time (ms) at wall time `wallMs`. */
  at(wallMs: number): number {
    return this.phase === 'running' && this.anchorWallMs !== null
      ? this.baseMs + Math.max(0, wallMs - this.anchorWallMs)
      : this.baseMs;
  }

  /** Moves to `phase` at wall time `wallMs` (the class time carries over); returns the record to store. */
  set(phase: Phase, wallMs: number): ClockRecord {
    this.baseMs = this.at(wallMs);
    this.phase = phase;
    this.anchorWallMs = phase === 'running' ? wallMs : null;
    return this.record();
  }

  /** The anchors to store. */
  record(): ClockRecord {
    return { phase: this.phase, classMs: this.baseMs, anchorWallMs: this.anchorWallMs };
  }
}
