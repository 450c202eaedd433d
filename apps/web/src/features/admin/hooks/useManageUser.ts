import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Role } from '../../../graphql/schema-types.generated';
import { ChangeUserRoleDocument } from '../graphql/change-user-role.generated';
import { DeactivateUserDocument } from '../graphql/deactivate-user.generated';
import { ReactivateUserDocument } from '../graphql/reactivate-user.generated';
import { ResendInvitationDocument } from '../graphql/resend-invitation.generated';

/** Role changes, switching accounts off and on, and new invitation links; the cache updates the row through the returned id. */
export function useManageUser() {
  const [changeRoleMutation, changing] = useMutation(ChangeUserRoleDocument);
  const [deactivateMutation, deactivating] = useMutation(DeactivateUserDocument);
  const [reactivateMutation, reactivating] = useMutation(ReactivateUserDocument);
  const [resendMutation, resending] = useMutation(ResendInvitationDocument);
  const changeRole = useCallback((userId: string, role: Role) => changeRoleMutation({ variables: { userId, role } }), [changeRoleMutation]);
  const deactivate = useCallback((userId: string) => deactivateMutation({ variables: { userId } }), [deactivateMutation]);
  const reactivate = useCallback(async (userId: string) => (await reactivateMutation({ variables: { userId } })).data!.reactivateUser, [reactivateMutation]);
  const resendInvitation = useCallback(async (userId: string) => (await resendMutation({ variables: { userId } })).data!.resendInvitation, [resendMutation]);
  return {
    changeRole,
    deactivate,
    reactivate,
    resendInvitation,
    busy: changing.loading || deactivating.loading || reactivating.loading || resending.loading,
  };
}
