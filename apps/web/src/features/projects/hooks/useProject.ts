import { useQuery } from '@apollo/client/react';
import { ProjectDocument } from '../graphql/project.generated';

export function useProject(slug: string) {
  return useQuery(ProjectDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
}
