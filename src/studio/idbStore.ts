/** The drafts' store in the browser: an IndexedDB object store through idb-keyval. */
import { createStore, del, get, set, values } from 'idb-keyval';
import type { KeyValueStore } from './drafts';

/** The IndexedDB store "skywatch-studio" / "drafts". */
export function idbStore(): KeyValueStore {
  const store = createStore('skywatch-studio', 'drafts');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    values: () => values(store),
  };
}
