import { useMutation } from '@apollo/client/react';
import { TermDocument } from '../graphql/term.generated';
import { UpdateAnnotationDocument } from '../graphql/update-annotation.generated';

/** Edits one's own annotation, then reloads the term: its counts per motivation may change. */
export function useUpdateAnnotation(slug: string) {
  return useMutation(UpdateAnnotationDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
