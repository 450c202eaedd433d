import { useMemo } from 'react';
import { useQuery } from '../../../shared/hooks/useQuery';
import { FacetCountsDocument } from '../graphql/facet-counts.generated';
import type { PanelFacet } from '../lib/facets';
import { type SearchState, toApiFilters } from '../lib/search-state';

/**
 * Counts for one facet as if none of its own values were chosen, so choosing "WW" still shows
 * how many results "WIA" would add. Only needed once the facet has a selection.
 */
export function useFacetCounts(name: PanelFacet, state: SearchState) {
  const hasSelection = !!state.filters[name]?.length;
  const variables = useMemo(
    () =>
      hasSelection
        ? { input: { query: state.query, filters: toApiFilters(state.filters, name), facets: [name], limit: 0 } }
        : null,
    [hasSelection, state.query, state.filters, name],
  );
  const { data, previousData } = useQuery(FacetCountsDocument, variables);
  if (!hasSelection) return undefined;
  return (data ?? previousData)?.search.facets.find((facet) => facet.name === name)?.values;
}
