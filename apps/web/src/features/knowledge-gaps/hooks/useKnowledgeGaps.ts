import { useQuery } from '../../../shared/hooks/useQuery';
import { KnowledgeGapsDocument } from '../graphql/knowledge-gaps.generated';

/** The 100 most asked gaps (the API's page limit), refreshed on every visit: searches keep counting. */
export function useKnowledgeGaps() {
  return useQuery(KnowledgeGapsDocument, { first: 100 });
}
