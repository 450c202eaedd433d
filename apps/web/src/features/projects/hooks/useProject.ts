import { useQuery } from '../../../shared/hooks/useQuery';
import { ProjectDocument } from '../graphql/project.generated';

export function useProject(slug: string) {
  return useQuery(ProjectDocument, { slug });
}
