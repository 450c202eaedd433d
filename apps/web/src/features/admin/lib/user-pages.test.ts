import { describe, expect, it } from 'vitest';
import type { AdminUsersQuery } from '../graphql/users.generated';
import { appendUserPage } from './user-pages';

const user = (id: string) => ({
  id,
  email: `${id}@werkkennis.example`,
  name: id,
  role: 'EDITOR' as const,
  active: true,
  status: 'ACTIVE' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  organization: null,
});
const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5): AdminUsersQuery => ({
  users: { nodes: ids.map(user), pageInfo: { endCursor, hasNextPage }, totalCount },
});

describe('appendUserPage', () => {
  it('adds the next page after the shown accounts and takes its paging', () => {
    const merged = appendUserPage(page(['a', 'b'], 'c2', true), page(['c', 'd'], 'c4', false));
    expect(merged.users.nodes.map((u) => u.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.users.pageInfo).toEqual({ endCursor: 'c4', hasNextPage: false });
  });

  it('shows an account only once when the list shifted in between', () => {
    const merged = appendUserPage(page(['a', 'b'], 'c2', true), page(['b', 'c'], 'c3', false));
    expect(merged.users.nodes.map((u) => u.id)).toEqual(['a', 'b', 'c']);
  });
});
