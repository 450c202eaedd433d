import type { FollowKind, PublicationType } from '../../../graphql/schema-types.generated';
import type { FollowsQuery } from '../graphql/follows.generated';

type Follow = FollowsQuery['follows'][number];

/** The page that shows a publication: a finding on its project's page, an experience on its intervention's. */
export function publicationPath(publication: { type: PublicationType; id: string; slug: string }): string {
  switch (publication.type) {
    case 'PROJECT':
      return `/projecten/${publication.slug}`;
    case 'FINDING':
      return `/projecten/${publication.slug}#bevinding-${publication.id}`;
    case 'TERM':
      return `/begrippen/${publication.slug}`;
    case 'PRACTICE_EXPERIENCE':
      return `/interventies/${publication.slug}#ervaring-${publication.id}`;
    case 'INTERVENTION':
      return `/interventies/${publication.slug}`;
  }
}

const TARGET_PATH: Record<Exclude<FollowKind, 'SEARCH'>, string> = { TERM: '/begrippen', INTERVENTION: '/interventies', ORGANIZATION: '/organisaties' };

/** Where a follow leads: the followed page, or the saved search run again. */
export function followPath(follow: Follow): string {
  if (follow.kind !== 'SEARCH') return `${TARGET_PATH[follow.kind]}/${follow.targetSlug}`;
  const params = new URLSearchParams();
  if (follow.query) params.set('q', follow.query);
  for (const filter of follow.filters ?? []) for (const value of filter.values) params.append(filter.name, value);
  return `/?${params}`;
}
