import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AdminUsersDocument } from '../graphql/users.generated';
import { appendUserPage } from '../lib/user-pages';

export const USERS_PAGE_SIZE = 20;

/** Accounts by name, a page at a time; `loadMore` appends the next page. */
export function useAdminUsers() {
  const result = useQuery(AdminUsersDocument, {
    variables: { first: USERS_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { fetchMore, data } = result;
  const endCursor = data?.users.pageInfo.endCursor ?? null;
  const loadMore = useCallback(
    () =>
      fetchMore({
        variables: { after: endCursor },
        updateQuery: (shown, { fetchMoreResult }) => appendUserPage(shown, fetchMoreResult),
      }),
    [fetchMore, endCursor],
  );
  return { ...result, loadMore };
}
