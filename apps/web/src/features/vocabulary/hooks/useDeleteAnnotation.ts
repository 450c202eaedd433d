import { useMutation } from '@apollo/client/react';
import { DeleteAnnotationDocument } from '../graphql/delete-annotation.generated';
import { TermDocument } from '../graphql/term.generated';

/** Deletes one's own annotation with the replies to it, then reloads the term. */
export function useDeleteAnnotation(slug: string) {
  return useMutation(DeleteAnnotationDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
