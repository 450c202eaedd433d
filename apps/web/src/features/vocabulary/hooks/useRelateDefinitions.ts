import { useMutation } from '@apollo/client/react';
import { RelateDefinitionsDocument } from '../graphql/relate-definitions.generated';
import { TermDocument } from '../graphql/term.generated';

/** States how two definitions relate, then reloads the term: its relations and convergence change. */
export function useRelateDefinitions(slug: string) {
  return useMutation(RelateDefinitionsDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
