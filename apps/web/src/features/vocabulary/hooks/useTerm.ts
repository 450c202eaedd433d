import { prefetchQuery, useQuery } from '../../../shared/hooks/useQuery';
import { TermDocument } from '../graphql/term.generated';

export function useTerm(slug: string) {
  return useQuery(TermDocument, { slug });
}

/** Asks for a term's answer ahead of its page (see prefetchQuery). */
export function prefetchTerm(slug: string): void {
  prefetchQuery(TermDocument, { slug });
}
