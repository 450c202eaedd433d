import { useQuery } from '@apollo/client/react';
import { TermsDocument } from '../graphql/terms.generated';

export function useTerms() {
  return useQuery(TermsDocument, { variables: { first: 100 } });
}
