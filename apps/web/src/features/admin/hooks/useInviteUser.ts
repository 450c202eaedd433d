import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { InviteUserInput } from '../../../graphql/schema-types.generated';
import { InviteUserDocument } from '../graphql/invite-user.generated';

/** Invites someone; the list of accounts is loaded again so the new (not yet active) account shows. */
export function useInviteUser() {
  const [mutate, { loading }] = useMutation(InviteUserDocument, { refetchQueries: ['AdminUsers'], awaitRefetchQueries: false });
  const invite = useCallback(async (input: InviteUserInput) => (await mutate({ variables: { input } })).data!.inviteUser, [mutate]);
  return { invite, loading };
}
