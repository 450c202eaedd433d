import { currentLanguage } from '../../../i18n/i18n';
import { fetchGraphQL } from '../../../shared/lib/graphql-fetch';
import { createQueryCache } from '../../../shared/lib/query-cache';
import { type SessionState, sessionStore } from '../../auth/lib/session-store';
import type { FacetCountsQuery, FacetCountsQueryVariables } from '../graphql/facet-counts.generated';
import facetCountsQuery from '../graphql/facet-counts.graphql?raw';
import type { SearchQuery, SearchQueryVariables } from '../graphql/search.generated';
import searchQuery from '../graphql/search.graphql?raw';

/**
 * Search answers, without Apollo Client: the search page is the front door, and its results
 * should not wait for the data layer (about a third of the app's JavaScript) to load.
 */
export const searchCache = createQueryCache((variables: SearchQueryVariables) =>
  fetchGraphQL<SearchQuery>('Search', searchQuery, variables, currentLanguage()),
);

export const facetCountsCache = createQueryCache((variables: FacetCountsQueryVariables) =>
  fetchGraphQL<FacetCountsQuery>('FacetCounts', facetCountsQuery, variables, currentLanguage()),
);

// Someone else signed in (or out): answers may differ per person, so forget them. Answers that
// arrived while the session cookie was being checked were already asked as that person.
const personOf = (state: SessionState) => (state.status === 'signedIn' ? state.session.user.id : null);
let last = sessionStore.getState();
sessionStore.subscribe(() => {
  const before = last;
  last = sessionStore.getState();
  if (before.status === 'checking' || last.status === 'checking') return;
  if (personOf(before) !== personOf(last)) {
    searchCache.clear();
    facetCountsCache.clear();
  }
});
