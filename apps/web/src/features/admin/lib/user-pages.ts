import type { AdminUsersQuery } from '../graphql/users.generated';

/** "Meer laden": the next page of accounts after the ones already shown, without doubles. */
export function appendUserPage(shown: AdminUsersQuery, next: AdminUsersQuery): AdminUsersQuery {
  const seen = new Set(shown.users.nodes.map((user) => user.id));
  return {
    users: {
      ...next.users,
      nodes: [...shown.users.nodes, ...next.users.nodes.filter((user) => !seen.has(user.id))],
    },
  };
}
