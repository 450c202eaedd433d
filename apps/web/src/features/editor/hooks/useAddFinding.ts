import { useMutation } from '@apollo/client/react';
import { AddFindingDocument } from '../graphql/add-finding.generated';
import { EditableProjectDocument } from '../graphql/editable-project.generated';

/** Adds a result and reloads the project, so the list of results shows it. */
export function useAddFinding(projectSlug: string) {
  return useMutation(AddFindingDocument, {
    refetchQueries: [{ query: EditableProjectDocument, variables: { slug: projectSlug } }],
    awaitRefetchQueries: true,
  });
}
