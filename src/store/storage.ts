/** Where the session saves: the browser's localStorage (and sessionStorage for secrets), or ones a test provides. */

let current: Storage | null = null;
let currentSession: Storage | null = null;

/** Uses the given storage (and session storage) from now on (tests pass in-memory ones). */
export function useStorage(storage: Storage, session?: Storage): void {
  current = storage;
  if (session) currentSession = session;
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

/** The storage that is cleared when the browser closes (for secrets not to be remembered), or null. */
export function sessionStore(): Storage | null {
  if (currentSession) return currentSession;
  try {
    currentSession = globalThis.sessionStorage ?? null;
  } catch {
    currentSession = null;
  }
  return currentSession;
}
