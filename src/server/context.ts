/** What every class room of this process shares: the store (set once when the server starts). */
import type { Store } from './storage/store';

let current: Store | null = null;

/** Sets the store the rooms of this process use. */
export function useStore(store: Store | null): void {
  current = store;
}

/** The store of this process. */
export function store(): Store {
  if (!current) throw new Error('the classroom store is not open');
  return current;
}
