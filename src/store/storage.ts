/** The storage the session saves to: the browser's localStorage, or one a test provides. */

let current: Storage | null = null;

/** Uses the given storage from now on (tests pass an in-memory one). */
export function useStorage(storage: Storage): void {
  current = storage;
}

/** The storage in use, or null when the browser refuses local storage. */
export function storage(): Storage | null {
  if (current) return current;
  try {
    current = globalThis.localStorage ?? null;
  } catch {
    current = null;
  }
  return current;
}
