import { useQuery } from '../../../shared/hooks/useQuery';
import type { TermOrder } from '../../../graphql/schema-types.generated';
import { TermsDocument } from '../graphql/terms.generated';

/** The first 100 terms in the order asked for; the API ranks them, so the order holds for any number of terms. */
export function useTerms(orderBy: TermOrder) {
  return useQuery(TermsDocument, { first: 100, orderBy });
}
