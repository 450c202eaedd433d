import { useQuery } from '../../../shared/hooks/useQuery';
import { EditableProjectDocument } from '../graphql/editable-project.generated';

/** The project to edit, fresh from the server (not as seen before); nothing to load for a new project. */
export function useEditableProject(slug: string | undefined) {
  return useQuery(EditableProjectDocument, slug ? { slug } : null, { fresh: true });
}
