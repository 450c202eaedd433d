import { useQuery } from '@apollo/client/react';
import { LearningNetworkDocument } from '../graphql/learning-network.generated';

export function useLearningNetwork(slug: string) {
  return useQuery(LearningNetworkDocument, { variables: { slug } });
}
