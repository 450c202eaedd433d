import { useMutation } from '@apollo/client/react';
import { EditableProjectDocument } from '../graphql/editable-project.generated';
import { WithdrawFindingDocument } from '../graphql/withdraw-finding.generated';

/** Withdraws a result and reloads the project, so the list shows it as withdrawn. */
export function useWithdrawFinding(projectSlug: string) {
  return useMutation(WithdrawFindingDocument, {
    refetchQueries: [{ query: EditableProjectDocument, variables: { slug: projectSlug } }],
    awaitRefetchQueries: true,
  });
}
