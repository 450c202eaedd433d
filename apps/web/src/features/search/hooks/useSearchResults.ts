import { useMemo } from 'react';
import { useQuery } from '../../../shared/hooks/useQuery';
import { SearchDocument, type SearchQueryVariables } from '../graphql/search.generated';
import { PANEL_FACETS } from '../lib/facets';
import { PAGE_SIZE, type SearchState, toApiFilters } from '../lib/search-state';

export function searchVariables(state: SearchState): SearchQueryVariables {
  return {
    input: {
      query: state.query,
      filters: toApiFilters(state.filters),
      facets: [...PANEL_FACETS],
      limit: PAGE_SIZE,
      offset: (state.page - 1) * PAGE_SIZE,
    },
  };
}

export function useSearchResults(state: SearchState) {
  const variables = useMemo(() => searchVariables(state), [state]);
  // Show what is known at once (back button), and refresh it: content changes as editors publish.
  const result = useQuery(SearchDocument, variables);
  // While the next search runs, keep showing the previous results (marked stale) instead of an empty page.
  return { ...result, search: (result.data ?? result.previousData)?.search, stale: !result.data };
}
