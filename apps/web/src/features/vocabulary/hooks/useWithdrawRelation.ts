import { useMutation } from '../../../shared/hooks/useMutation';
import { WithdrawDefinitionRelationDocument } from '../graphql/withdraw-relation.generated';

/** Withdraws a stated relation; the term on screen loads again, as its relations and convergence change. */
export function useWithdrawRelation() {
  return useMutation(WithdrawDefinitionRelationDocument);
}
