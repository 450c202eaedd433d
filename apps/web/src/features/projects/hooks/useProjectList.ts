import { useQuery } from '@apollo/client/react';
import { ProjectListDocument, type ProjectListQueryVariables } from '../graphql/project-list.generated';

export function useProjectList(filter: NonNullable<ProjectListQueryVariables['filter']>) {
  return useQuery(ProjectListDocument, { variables: { filter, first: 100 } });
}
