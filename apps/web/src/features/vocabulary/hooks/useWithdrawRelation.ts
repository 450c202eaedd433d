import { useMutation } from '@apollo/client/react';
import { TermDocument } from '../graphql/term.generated';
import { WithdrawDefinitionRelationDocument } from '../graphql/withdraw-relation.generated';

/** Withdraws a stated relation, then reloads the term: its relations and convergence change. */
export function useWithdrawRelation(slug: string) {
  return useMutation(WithdrawDefinitionRelationDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
