import { useQuery } from '@apollo/client/react';
import { InviteOptionsDocument } from '../graphql/invite-options.generated';

export function useInviteOptions() {
  return useQuery(InviteOptionsDocument);
}
