import { useQuery } from '../../../shared/hooks/useQuery';
import type { SessionUser } from '../../auth/lib/session-store';
import { MyProjectsDocument } from '../graphql/my-projects.generated';

/** Every project of the person's organisation, in every editorial state; admins see all. */
export function useMyProjects(user: SessionUser) {
  const organizationIds = user.role === 'ADMIN' || !user.organization ? undefined : [user.organization.id];
  return useQuery(MyProjectsDocument, { filter: { organizationIds, states: ['DRAFT', 'PUBLISHED', 'ARCHIVED'] } });
}
