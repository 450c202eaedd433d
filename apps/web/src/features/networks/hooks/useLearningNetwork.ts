import { useQuery } from '../../../shared/hooks/useQuery';
import { LearningNetworkDocument } from '../graphql/learning-network.generated';

export function useLearningNetwork(slug: string) {
  return useQuery(LearningNetworkDocument, { slug });
}
