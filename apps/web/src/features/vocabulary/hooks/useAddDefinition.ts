import { useMutation } from '../../../shared/hooks/useMutation';
import { AddDefinitionDocument } from '../graphql/add-definition.generated';

/** Adds a definition; the term on screen loads again, so the new column or card appears. */
export function useAddDefinition() {
  return useMutation(AddDefinitionDocument);
}
