/** Where a seat's actions go: to the classroom server instead of the local engine, while this browser is a seat. */
import type { Action } from '../../engine/types';

let sender: ((action: Action) => void) | null = null;

/** Sends actions to the server from now on (null: back to applying them locally, as in solo play). */
export function setSeatSender(send: ((action: Action) => void) | null): void {
  sender = send;
}

/** The seat's sender, or null in solo play. */
export function seatSender(): ((action: Action) => void) | null {
  return sender;
}
