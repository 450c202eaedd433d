import { useQuery } from '../../../shared/hooks/useQuery';
import { EvidenceGapMapDocument } from '../graphql/evidence-gap-map.generated';

/** The map as it is now: shown from the cache at once when known, then refreshed. */
export function useEvidenceGapMap() {
  return useQuery(EvidenceGapMapDocument, {});
}
