import { useMutation } from '../../../shared/hooks/useMutation';
import { RelateDefinitionsDocument } from '../graphql/relate-definitions.generated';

/** States how two definitions relate; the term on screen loads again, as its relations and convergence change. */
export function useRelateDefinitions() {
  return useMutation(RelateDefinitionsDocument);
}
