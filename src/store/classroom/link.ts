/** Where a seat's actions go: to the classroom server instead of the local engine, while this browser is a seat. */
import type { Action } from '../../engine/types';

/** Sends an action; false when it was not sent (the class is not running), and the trainee has been told why. */
export type SeatSend = (action: Action) => boolean;

let sender: SeatSend | null = null;

/** Sends actions to the server from now on (null: back to applying them locally, as in solo play). */
export function setSeatSender(send: SeatSend | null): void {
  sender = send;
}

/** The seat's sender, or null in solo play. */
export function seatSender(): SeatSend | null {
  return sender;
}
