import { skipToken, useQuery } from '@apollo/client/react';
import { FacetCountsDocument } from '../graphql/facet-counts.generated';
import { type FacetName, type SearchState, toApiFilters } from '../lib/search-state';

/**
 * Counts for one facet as if none of its own values were chosen, so choosing "WW" still shows
 * how many results "WIA" would add. Only needed once the facet has a selection.
 */
export function useFacetCounts(name: FacetName, state: SearchState) {
  const hasSelection = !!state.filters[name]?.length;
  const { data, previousData } = useQuery(
    FacetCountsDocument,
    hasSelection
      ? {
          variables: { input: { query: state.query, filters: toApiFilters(state.filters, name), facets: [name], limit: 0 } },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  if (!hasSelection) return undefined;
  return (data ?? previousData)?.search.facets.find((facet) => facet.name === name)?.values;
}
