export interface QuerySnapshot<TData> {
  /** The answer for this key (possibly being refreshed). */
  data: TData | undefined;
  loading: boolean;
  error: unknown;
  /** False until this key was asked for (or after the cache was cleared). */
  known: boolean;
  /** Counts loads finished in the whole cache when this answer came: tells answers from before a moment. */
  loadedAt: number;
}

interface Entry {
  data?: unknown;
  error?: unknown;
  loading: boolean;
  loadedAt: number;
  /** The latest load; an older one that answers later is ignored. */
  pending?: Promise<void>;
  load: () => Promise<unknown>;
  /** How many components show this answer now: those are refreshed after a change. */
  shownBy: number;
  /** Asked for ahead of the component that shows it (see `prefetch`), which then needs no refresh. */
  prefetched?: boolean;
}

/**
 * The answers to queries, keyed by operation and variables. An answer shows at once when known
 * (the back button) and is refreshed each time it is shown ("cache and network"). Two things
 * make answers out of date, and each has one way out: a change (any mutation) refreshes the
 * answers on screen, and another person signing in or out forgets them all.
 */
export function createQueryCache(maxEntries = 100) {
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let finishedLoads = 0;
  let snapshots = new Map<string, QuerySnapshot<unknown>>();

  const notify = () => {
    snapshots = new Map();
    listeners.forEach((listener) => listener());
  };

  /** Forgets the answers used longest ago, except those on screen. */
  const evict = () => {
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries) return;
      if (!entry.shownBy) entries.delete(key);
    }
  };

  const cache = {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Stable between changes, as useSyncExternalStore requires. */
    getSnapshot<TData>(key: string): QuerySnapshot<TData> {
      let snapshot = snapshots.get(key);
      if (!snapshot) {
        const entry = entries.get(key);
        snapshot = { data: entry?.data, loading: !entry || entry.loading, error: entry?.error, known: !!entry, loadedAt: entry?.loadedAt ?? 0 };
        snapshots.set(key, snapshot);
      }
      return snapshot as QuerySnapshot<TData>;
    },

    finishedLoads: () => finishedLoads,

    /**
     * Loads the answer for this key, unless that is already under way; `again` loads anew even
     * then (after a change, an answer asked for before it will not do). Never rejects: a failed
     * load is in the snapshot's `error`.
     */
    refresh(key: string, load: () => Promise<unknown>, again = false): Promise<void> {
      const entry = entries.get(key) ?? { loading: false, loadedAt: 0, load, shownBy: 0 };
      // The first showing of a prefetched answer is what it was asked for: no second load.
      if (entry.prefetched && !again) {
        entry.prefetched = false;
        return entry.pending ?? Promise.resolve();
      }
      if (entry.pending && !again) return entry.pending;
      entry.prefetched = false;
      entry.load = load;
      entry.loading = true;
      entries.delete(key);
      entries.set(key, entry);
      evict();
      const settled = (update: Partial<Entry>) => {
        // A newer load is under way, or the cache was cleared: this answer is out of date.
        if (entry.pending !== pending || entries.get(key) !== entry) return;
        finishedLoads += 1;
        Object.assign(entry, update, { loading: false, loadedAt: finishedLoads, pending: undefined });
        notify();
      };
      const pending: Promise<void> = load().then(
        (data) => settled({ data, error: undefined }),
        (error: unknown) => settled({ error }),
      );
      entry.pending = pending;
      notify();
      return pending;
    },

    /**
     * Loads an answer before the component that shows it is there (its page's code is still on
     * the way); that component's first refresh then uses this load instead of starting another.
     */
    prefetch(key: string, load: () => Promise<unknown>): void {
      void cache.refresh(key, load);
      entries.get(key)!.prefetched = true;
    },

    /** A component shows this answer; call the returned function when it no longer does. */
    show(key: string): () => void {
      const entry = entries.get(key);
      if (!entry) return () => undefined;
      entry.shownBy += 1;
      return () => {
        entry.shownBy -= 1;
      };
    },

    /** After a change: loads every answer on screen anew, and resolves when they are in. */
    async refreshShown(): Promise<void> {
      const shown = [...entries].filter(([, entry]) => entry.shownBy > 0);
      await Promise.all(shown.map(([key, entry]) => cache.refresh(key, entry.load, true)));
    },

    /** Forgets every answer (another person signed in or out); answers on screen load again. */
    clear(): void {
      entries.clear();
      notify();
    },
  };
  return cache;
}

export type QueryCache = ReturnType<typeof createQueryCache>;

/** The one cache of the app (see useQuery, useMutation and app/data-layer.ts). */
export const queryCache = createQueryCache();
