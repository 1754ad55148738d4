/**
 * Drafts: the studio's documents saved as the instructor types, offered again after a reload.
 * Written over a tiny key-value interface: IndexedDB in the browser (./idbStore.ts), a Map in tests.
 */

/** The storage drafts are kept in: one value per key. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every value kept. */
  values(): Promise<unknown[]>;
}

/** Where a draft's document came from. */
export interface DraftOrigin {
  kind: 'builtin' | 'file' | 'template' | 'new';
  /** The built-in scenario's file name, the opened file's name, or the template's description. */
  name: string;
}

/** One saved draft. */
export interface Draft {
  /** Stable for one document across saves. */
  id: string;
  title: string;
  text: string;
  origin: DraftOrigin;
  /** When it was last saved, in ms since 1970. */
  savedAt: number;
}

/** A draft without its text, for the list of drafts. */
export type DraftSummary = Omit<Draft, 'text'>;

/** Saving, listing, loading and discarding drafts. */
export interface Drafts {
  /** Saves now. */
  save(draft: Omit<Draft, 'savedAt'>): Promise<void>;
  /** Saves once typing pauses (the newest text of each draft wins). */
  saveSoon(draft: Omit<Draft, 'savedAt'>): void;
  /** Saves whatever saveSoon still holds (before the page closes, or in tests). */
  flush(): Promise<void>;
  /** Every draft, newest first. */
  list(): Promise<DraftSummary[]>;
  /** A draft, or null when there is none with this id (or what is kept is not a draft). */
  load(id: string): Promise<Draft | null>;
  /** Forgets a draft (and any save of it still waiting). */
  discard(id: string): Promise<void>;
}

/** How drafts are saved. */
export interface DraftsOptions {
  /** Quiet time before saveSoon writes, in ms (default 800). */
  delayMs?: number;
  /** The clock for savedAt (default Date.now). */
  now?: () => number;
}

const ORIGINS = new Set(['builtin', 'file', 'template', 'new']);

/** Whether a kept value is a draft (storage may hold anything an older version wrote). */
function isDraft(v: unknown): v is Draft {
  if (v === null || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  const origin = d.origin as Record<string, unknown> | null;
  return (
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    typeof d.text === 'string' &&
    typeof d.savedAt === 'number' &&
    origin !== null &&
    typeof origin === 'object' &&
    ORIGINS.has(String(origin.kind)) &&
    typeof origin.name === 'string'
  );
}

const keyOf = (id: string) => `draft:${id}`;

/** Drafts kept in `store`. */
export function createDrafts(store: KeyValueStore, options: DraftsOptions = {}): Drafts {
  const delayMs = options.delayMs ?? 800;
  const now = options.now ?? Date.now;
  const pending = new Map<string, Omit<Draft, 'savedAt'>>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = async (draft: Omit<Draft, 'savedAt'>) => {
    const { id, title, text, origin } = draft;
    await store.set(keyOf(id), { id, title, text, origin: { kind: origin.kind, name: origin.name }, savedAt: now() });
  };
  const flush = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const all = [...pending.values()];
    pending.clear();
    await Promise.all(all.map(save));
  };
  return {
    save: async (draft) => {
      pending.delete(draft.id);
      await save(draft);
    },
    saveSoon(draft) {
      pending.set(draft.id, draft);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    async list() {
      const drafts = (await store.values()).filter(isDraft);
      return drafts
        .sort((a, b) => b.savedAt - a.savedAt)
        .map(({ id, title, origin, savedAt }) => ({ id, title, origin, savedAt }));
    },
    async load(id) {
      const v = await store.get(keyOf(id));
      return isDraft(v) && v.id === id ? v : null;
    },
    async discard(id) {
      pending.delete(id);
      await store.del(keyOf(id));
    },
  };
}

/** A store held in memory (tests, and browsers without IndexedDB: drafts then last until the tab closes). */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    del: async (key) => {
      map.delete(key);
    },
    values: async () => [...map.values()].map((v) => structuredClone(v)),
  };
}
