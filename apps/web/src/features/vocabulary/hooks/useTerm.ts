import { useQuery } from '../../../shared/hooks/useQuery';
import { TermDocument } from '../graphql/term.generated';

export function useTerm(slug: string) {
  return useQuery(TermDocument, { slug });
}
