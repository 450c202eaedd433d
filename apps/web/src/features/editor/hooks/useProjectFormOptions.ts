import { useQuery } from '@apollo/client/react';
import { ProjectFormOptionsDocument } from '../graphql/project-form-options.generated';

export function useProjectFormOptions() {
  return useQuery(ProjectFormOptionsDocument);
}
