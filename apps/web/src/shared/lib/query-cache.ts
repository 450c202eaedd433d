import { useEffect, useSyncExternalStore } from 'react';

export interface QuerySnapshot<TData> {
  /** The answer for these variables (possibly being refreshed). */
  data: TData | undefined;
  /** The latest answer for any variables: shown, marked stale, while new ones load. */
  previousData: TData | undefined;
  loading: boolean;
  error: unknown;
  /** False until these variables were asked for (or after the cache was cleared). */
  known: boolean;
}

interface Entry<TData> {
  data?: TData;
  error?: unknown;
  loading: boolean;
}

/**
 * A small cache for one read-only query, keyed by its variables: answers show at once when
 * known (the back button), and are refreshed in the background each time they are shown
 * ("cache and network"). The search page uses it instead of Apollo Client, so the first page
 * does not need the data layer's 45 kB.
 */
export function createQueryCache<TVariables, TData>(load: (variables: TVariables) => Promise<TData>, maxEntries = 50) {
  const entries = new Map<string, Entry<TData>>();
  const listeners = new Set<() => void>();
  let latest: TData | undefined;
  let generation = 0;
  let snapshots = new Map<string, QuerySnapshot<TData>>();

  const notify = () => {
    snapshots = new Map();
    listeners.forEach((listener) => listener());
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Stable between changes, as useSyncExternalStore requires. */
    getSnapshot(key: string): QuerySnapshot<TData> {
      let snapshot = snapshots.get(key);
      if (!snapshot) {
        const entry = entries.get(key);
        snapshot = { data: entry?.data, previousData: entry?.data ?? latest, loading: !entry || entry.loading, error: entry?.error, known: !!entry };
        snapshots.set(key, snapshot);
      }
      return snapshot;
    },

    /** Loads the answer for these variables, unless that is already under way. */
    refresh(key: string, variables: TVariables): void {
      const entry = entries.get(key) ?? { loading: false };
      if (entry.loading) return;
      entry.loading = true;
      entries.delete(key);
      entries.set(key, entry);
      // Forget the answers used longest ago.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      const started = generation;
      notify();
      load(variables).then(
        (data) => {
          if (started !== generation) return;
          Object.assign(entry, { data, error: undefined, loading: false });
          latest = data;
          notify();
        },
        (error: unknown) => {
          if (started !== generation) return;
          Object.assign(entry, { error, loading: false });
          notify();
        },
      );
    },

    /** Forgets every answer (another person signed in or out); shown queries load again. */
    clear(): void {
      generation += 1;
      entries.clear();
      latest = undefined;
      notify();
    },
  };
}

export type QueryCache<TVariables, TData> = ReturnType<typeof createQueryCache<TVariables, TData>>;

const SKIPPED: QuerySnapshot<never> = { data: undefined, previousData: undefined, loading: false, error: undefined, known: true };

/** The answer for `variables` from a query cache, refreshed when shown; null variables skip the query. */
export function useCachedQuery<TVariables, TData>(cache: QueryCache<TVariables, TData>, variables: TVariables | null) {
  const key = variables === null ? null : JSON.stringify(variables);
  const snapshot = useSyncExternalStore(cache.subscribe, () => (key === null ? (SKIPPED as QuerySnapshot<TData>) : cache.getSnapshot(key)));
  // Shown (mount, other variables, the back button): load, or refresh in the background. Also
  // when the cache was cleared while shown.
  const { known } = snapshot;
  useEffect(() => {
    if (key !== null) cache.refresh(key, JSON.parse(key) as TVariables);
  }, [cache, key, known]);
  const refetch = () => {
    if (key !== null) cache.refresh(key, JSON.parse(key) as TVariables);
  };
  return { ...snapshot, refetch };
}
