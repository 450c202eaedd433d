import { useCallback } from 'react';
import { useMutation } from '../../../shared/hooks/useMutation';
import type { InviteUserInput } from '../../../graphql/schema-types.generated';
import { InviteUserDocument } from '../graphql/invite-user.generated';

/** Invites someone; the list of accounts on screen loads again, so the new (not yet active) account shows. */
export function useInviteUser() {
  const [mutate, { loading }] = useMutation(InviteUserDocument);
  const invite = useCallback(async (input: InviteUserInput) => (await mutate({ input })).inviteUser, [mutate]);
  return { invite, loading };
}
