/** Bringing classes back: a class not ended gets its room (rebuilt from the store) on start or on first use. */
import { matchMaker } from '@colyseus/core';
import { store } from './context';

/** The room type name of a class. */
export const CLASS_ROOM = 'class';

const creating = new Map<string, Promise<void>>();

/** Makes sure class `code` (stored, not ended) has a live room somewhere in the cluster. */
export async function ensureRoom(code: string): Promise<void> {
  if (await matchMaker.getRoomById(code)) return;
  const pending = creating.get(code);
  if (pending) return pending;
  const job = matchMaker
    .createRoom(CLASS_ROOM, { code })
    .then(() => undefined)
    .finally(() => creating.delete(code));
  creating.set(code, job);
  return job;
}

/** Restores every class that was not ended (after a restart); returns their codes. */
export async function restoreAll(): Promise<string[]> {
  const codes = await store().liveClasses();
  for (const code of codes) {
    await ensureRoom(code).catch((e: unknown) => console.error(`could not restore class ${code}:`, e));
  }
  return codes;
}
