import { useQuery } from '../../../shared/hooks/useQuery';
import { ProjectFormOptionsDocument } from '../graphql/project-form-options.generated';

export function useProjectFormOptions() {
  return useQuery(ProjectFormOptionsDocument, {});
}
