import { useMutation } from '../../../shared/hooks/useMutation';
import { WithdrawFindingDocument } from '../graphql/withdraw-finding.generated';

/** Withdraws a result; the project on screen loads again, so the list shows it as withdrawn. */
export function useWithdrawFinding() {
  return useMutation(WithdrawFindingDocument);
}
