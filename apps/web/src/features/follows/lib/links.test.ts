import { describe, expect, it } from 'vitest';
import type { FollowsQuery } from '../graphql/follows.generated';
import { followPath, publicationPath } from './links';

const savedSearch: FollowsQuery['follows'][number] = {
  id: 's1',
  kind: 'SEARCH',
  targetId: null,
  targetSlug: null,
  label: 'jobcoaching',
  query: 'jobcoaching',
  filters: [{ name: 'targetGroups', values: ['WW', 'WIA'] }],
  feedUrl: null,
  createdAt: '2026-12-01T00:00:00Z',
};

describe('follow links', () => {
  it('leads a finding to its project and an experience to its intervention, at their anchors', () => {
    expect(publicationPath({ type: 'FINDING', id: 'f1', slug: 'werk-en-schulden' })).toBe('/projecten/werk-en-schulden#bevinding-f1');
    expect(publicationPath({ type: 'PRACTICE_EXPERIENCE', id: 'e1', slug: 'ips' })).toBe('/interventies/ips#ervaring-e1');
    expect(publicationPath({ type: 'TERM', id: 't1', slug: 'vakmanschap' })).toBe('/begrippen/vakmanschap');
  });

  it('runs a saved search again with its query and filters in the address the search page reads', () => {
    expect(followPath(savedSearch)).toBe('/?q=jobcoaching&targetGroups=WW&targetGroups=WIA');
    expect(followPath({ ...savedSearch, kind: 'ORGANIZATION', targetSlug: 'gemeente-tilburg', filters: null })).toBe('/organisaties/gemeente-tilburg');
  });
});
