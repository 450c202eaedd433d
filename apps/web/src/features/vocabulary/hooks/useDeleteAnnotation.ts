import { useMutation } from '../../../shared/hooks/useMutation';
import { DeleteAnnotationDocument } from '../graphql/delete-annotation.generated';

/** Deletes one's own annotation with the replies to it; the term on screen loads again. */
export function useDeleteAnnotation() {
  return useMutation(DeleteAnnotationDocument);
}
