import { useQuery } from '../../../shared/hooks/useQuery';
import { InviteOptionsDocument } from '../graphql/invite-options.generated';

export function useInviteOptions() {
  return useQuery(InviteOptionsDocument, {});
}
