import { useMutation } from '../../../shared/hooks/useMutation';
import { AddFindingDocument } from '../graphql/add-finding.generated';

/** Adds a result; the project on screen loads again, so the list of results shows it. */
export function useAddFinding() {
  return useMutation(AddFindingDocument);
}
