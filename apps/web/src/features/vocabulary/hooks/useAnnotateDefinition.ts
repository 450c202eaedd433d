import { useMutation } from '../../../shared/hooks/useMutation';
import { AnnotateDefinitionDocument } from '../graphql/annotate-definition.generated';

/** Annotates a definition; the term on screen loads again with the annotation. */
export function useAnnotateDefinition() {
  return useMutation(AnnotateDefinitionDocument);
}
