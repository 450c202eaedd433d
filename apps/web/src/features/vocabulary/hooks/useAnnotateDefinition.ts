import { useMutation } from '@apollo/client/react';
import { AnnotateDefinitionDocument } from '../graphql/annotate-definition.generated';
import { TermDocument } from '../graphql/term.generated';

export function useAnnotateDefinition(slug: string) {
  return useMutation(AnnotateDefinitionDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
