import { useCallback, useState } from 'react';
import { useCachedQuery } from '../../../shared/hooks/useQuery';
import { fetchGraphQL } from '../../../shared/lib/graphql-fetch';
import { AdminUsersDocument, type AdminUsersQuery } from '../graphql/users.generated';
import { appendUserPage } from '../lib/user-pages';

export const USERS_PAGE_SIZE = 20;

/** The first `pages` pages of accounts, one after the other (each starts where the one before ended). */
async function loadUserPages(pages: number): Promise<AdminUsersQuery> {
  let shown = await fetchGraphQL(AdminUsersDocument, { first: USERS_PAGE_SIZE, after: null });
  for (let page = 1; page < pages && shown.users.pageInfo.hasNextPage; page += 1) {
    shown = appendUserPage(shown, await fetchGraphQL(AdminUsersDocument, { first: USERS_PAGE_SIZE, after: shown.users.pageInfo.endCursor }));
  }
  return shown;
}

/**
 * Accounts by name, a page at a time; `loadMore` adds the next page. The pages shown are one
 * cached answer, so a change (a new role) reloads them all and no row stays out of date.
 */
export function useAdminUsers() {
  const [pages, setPages] = useState(1);
  const load = useCallback(() => loadUserPages(pages), [pages]);
  const { data, previousData, loading, error, refetch } = useCachedQuery(`AdminUsers:${pages}`, load);
  // While another page loads, or when that failed, the pages before stay shown.
  const addingPage = pages > 1 && !data;
  const loadMoreFailed = addingPage && !!error;
  const loadMore = () => (loadMoreFailed ? refetch() : setPages(pages + 1));
  return { users: (data ?? previousData)?.users, loading, error, refetch, loadMore, loadingMore: addingPage && loading, loadMoreFailed };
}
