import { useCallback, useState } from 'react';
import { fetchGraphQL, type GraphQLOperation } from '../lib/graphql-fetch';
import { queryCache } from '../lib/query-cache';

/**
 * A GraphQL mutation. Once it succeeded, every answer on screen is loaded anew (and the returned
 * promise waits for that), so what the person sees includes the change; other answers refresh
 * when next shown, as always. Rejects as fetchGraphQL does.
 */
export function useMutation<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>) {
  const [running, setRunning] = useState(0);
  const mutate = useCallback(
    async (variables: TVariables): Promise<TData> => {
      setRunning((count) => count + 1);
      try {
        const data = await fetchGraphQL(operation, variables);
        await queryCache.refreshShown();
        return data;
      } finally {
        setRunning((count) => count - 1);
      }
    },
    [operation],
  );
  return [mutate, { loading: running > 0 }] as const;
}
