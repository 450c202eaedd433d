import { useQuery } from '@apollo/client/react';
import { TermDocument } from '../graphql/term.generated';

export function useTerm(slug: string) {
  return useQuery(TermDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
}
