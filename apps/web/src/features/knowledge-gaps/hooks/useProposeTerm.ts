import { useMutation } from '../../../shared/hooks/useMutation';
import { ProposeTermDocument } from '../graphql/propose-term.generated';

/** A searched-for word proposed as a term of the vocabulary. */
export function useProposeTerm() {
  return useMutation(ProposeTermDocument);
}
