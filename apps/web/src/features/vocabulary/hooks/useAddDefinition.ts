import { useMutation } from '@apollo/client/react';
import { AddDefinitionDocument } from '../graphql/add-definition.generated';
import { TermDocument } from '../graphql/term.generated';

/** Adds a definition and reloads the term, so the new column or card appears. */
export function useAddDefinition(slug: string) {
  return useMutation(AddDefinitionDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
