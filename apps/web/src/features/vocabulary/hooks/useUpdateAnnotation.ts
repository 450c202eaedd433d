import { useMutation } from '../../../shared/hooks/useMutation';
import { UpdateAnnotationDocument } from '../graphql/update-annotation.generated';

/** Edits one's own annotation; the term on screen loads again, as its counts per motivation may change. */
export function useUpdateAnnotation() {
  return useMutation(UpdateAnnotationDocument);
}
