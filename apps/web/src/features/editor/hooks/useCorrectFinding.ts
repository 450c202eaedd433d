import { useMutation } from '@apollo/client/react';
import { CorrectFindingDocument } from '../graphql/correct-finding.generated';
import { EditableProjectDocument } from '../graphql/editable-project.generated';

/** Corrects a result and reloads the project, so the list shows the new version. */
export function useCorrectFinding(projectSlug: string) {
  return useMutation(CorrectFindingDocument, {
    refetchQueries: [{ query: EditableProjectDocument, variables: { slug: projectSlug } }],
    awaitRefetchQueries: true,
  });
}
