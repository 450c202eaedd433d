import { useMutation } from '../../../shared/hooks/useMutation';
import { CorrectFindingDocument } from '../graphql/correct-finding.generated';

/** Corrects a result; the project on screen loads again, so the list shows the new version. */
export function useCorrectFinding() {
  return useMutation(CorrectFindingDocument);
}
