import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { fetchGraphQL, type GraphQLOperation } from '../lib/graphql-fetch';
import { queryCache, type QuerySnapshot } from '../lib/query-cache';

const SKIPPED: QuerySnapshot<never> = { data: undefined, loading: false, error: undefined, known: true, loadedAt: 0 };

export interface QueryOptions {
  /** Only an answer loaded after the component appeared will do (a form to edit, not what was seen before). */
  fresh?: boolean;
}

/**
 * The answer for one key from the app's query cache, loaded by `load`, which must only change
 * with the key. Refreshed each time it is shown; a null key skips the query.
 */
export function useCachedQuery<TData>(key: string | null, load: () => Promise<TData>, { fresh = false }: QueryOptions = {}) {
  const snapshot = useSyncExternalStore(queryCache.subscribe, () => (key === null ? (SKIPPED as QuerySnapshot<TData>) : queryCache.getSnapshot<TData>(key)));
  const [shownSince] = useState(queryCache.finishedLoads);
  // Shown (mount, another key, the back button): load, or refresh in the background. Also when
  // the cache was cleared while shown.
  const { known } = snapshot;
  useEffect(() => {
    if (key === null) return;
    void queryCache.refresh(key, load);
    return queryCache.show(key);
  }, [key, load, known]);
  const refetch = useCallback(() => (key === null ? Promise.resolve() : queryCache.refresh(key, load, true)), [key, load]);

  const data = fresh && snapshot.loadedAt <= shownSince ? undefined : snapshot.data;
  // The last answer this component showed, for any key: shown (marked stale) while the next loads.
  const [previousData, setPreviousData] = useState(data);
  if (data !== undefined && data !== previousData) setPreviousData(data);
  return { data, previousData, loading: snapshot.loading, error: snapshot.error, refetch };
}

const keyOf = <TVariables>(operation: GraphQLOperation<unknown, TVariables>, variables: TVariables) => JSON.stringify([operation.name, variables]);

/**
 * Asks for a query's answer before a component shows it (a page whose code is still loading);
 * the component's useQuery then finds the load under way instead of starting its own.
 */
export function prefetchQuery<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>, variables: TVariables): void {
  queryCache.prefetch(keyOf(operation, variables), () => fetchGraphQL(operation, variables));
}

/** The answer to a GraphQL query for these variables (see useCachedQuery); null variables skip it. */
export function useQuery<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>, variables: TVariables | null, options?: QueryOptions) {
  const key = variables === null ? null : keyOf(operation, variables);
  // The variables are read back from the key (only a non-null key is ever loaded), so the load
  // changes exactly when the key does, not with every new but equal variables object.
  const load = useCallback(() => fetchGraphQL(operation, (JSON.parse(key!) as [string, TVariables])[1]), [operation, key]);
  return useCachedQuery(key, load, options);
}
