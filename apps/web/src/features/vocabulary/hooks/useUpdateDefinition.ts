import { useMutation } from '../../../shared/hooks/useMutation';
import { UpdateDefinitionDocument } from '../graphql/update-definition.generated';

/** Revises a definition; the term on screen loads again, as its text, history and comparison change. */
export function useUpdateDefinition() {
  return useMutation(UpdateDefinitionDocument);
}
