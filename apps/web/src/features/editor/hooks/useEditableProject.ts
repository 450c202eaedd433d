import { skipToken, useQuery } from '@apollo/client/react';
import { EditableProjectDocument } from '../graphql/editable-project.generated';

/** The project to edit, fresh from the server; nothing to load for a new project. */
export function useEditableProject(slug: string | undefined) {
  return useQuery(EditableProjectDocument, slug ? { variables: { slug }, fetchPolicy: 'network-only' } : skipToken);
}
