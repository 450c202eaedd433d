import { useMutation } from '@apollo/client/react';
import { TermDocument } from '../graphql/term.generated';
import { UpdateDefinitionDocument } from '../graphql/update-definition.generated';

/** Revises a definition, then reloads the term: the text, its history and the comparison change. */
export function useUpdateDefinition(slug: string) {
  return useMutation(UpdateDefinitionDocument, {
    refetchQueries: [{ query: TermDocument, variables: { slug } }],
    awaitRefetchQueries: true,
  });
}
