import { useQuery } from '../../../shared/hooks/useQuery';
import { ProjectListDocument, type ProjectListQueryVariables } from '../graphql/project-list.generated';

export function useProjectList(filter: NonNullable<ProjectListQueryVariables['filter']>) {
  return useQuery(ProjectListDocument, { filter, first: 100 });
}
