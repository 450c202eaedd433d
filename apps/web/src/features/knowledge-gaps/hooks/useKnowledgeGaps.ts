import { useQuery } from '@apollo/client/react';
import { KnowledgeGapsDocument } from '../graphql/knowledge-gaps.generated';

/** The 100 most asked gaps (the API's page limit), fresh on every visit: searches keep counting. */
export function useKnowledgeGaps() {
  return useQuery(KnowledgeGapsDocument, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
}
