import { useQuery } from '@apollo/client/react';
import { SearchDocument } from '../graphql/search.generated';
import { FACET_NAMES, PAGE_SIZE, type SearchState, toApiFilters } from '../lib/search-state';

export function useSearchResults(state: SearchState) {
  const result = useQuery(SearchDocument, {
    variables: {
      input: {
        query: state.query,
        filters: toApiFilters(state.filters),
        facets: [...FACET_NAMES],
        limit: PAGE_SIZE,
        offset: (state.page - 1) * PAGE_SIZE,
      },
    },
    // Show what is cached at once (back button), and refresh it: content changes as editors publish.
    fetchPolicy: 'cache-and-network',
  });
  // While the next search runs, keep showing the previous results (marked stale) instead of an empty page.
  return { ...result, search: (result.data ?? result.previousData)?.search, stale: !result.data };
}
