import { useCallback } from 'react';
import { useMutation } from '../../../shared/hooks/useMutation';
import type { Role } from '../../../graphql/schema-types.generated';
import { ChangeUserRoleDocument } from '../graphql/change-user-role.generated';
import { DeactivateUserDocument } from '../graphql/deactivate-user.generated';
import { ReactivateUserDocument } from '../graphql/reactivate-user.generated';
import { ResendInvitationDocument } from '../graphql/resend-invitation.generated';

/** Role changes, switching accounts off and on, and new invitation links; the list of accounts on screen loads again after each. */
export function useManageUser() {
  const [changeRoleMutation, changing] = useMutation(ChangeUserRoleDocument);
  const [deactivateMutation, deactivating] = useMutation(DeactivateUserDocument);
  const [reactivateMutation, reactivating] = useMutation(ReactivateUserDocument);
  const [resendMutation, resending] = useMutation(ResendInvitationDocument);
  const changeRole = useCallback((userId: string, role: Role) => changeRoleMutation({ userId, role }), [changeRoleMutation]);
  const deactivate = useCallback((userId: string) => deactivateMutation({ userId }), [deactivateMutation]);
  const reactivate = useCallback(async (userId: string) => (await reactivateMutation({ userId })).reactivateUser, [reactivateMutation]);
  const resendInvitation = useCallback(async (userId: string) => (await resendMutation({ userId })).resendInvitation, [resendMutation]);
  return {
    changeRole,
    deactivate,
    reactivate,
    resendInvitation,
    busy: changing.loading || deactivating.loading || reactivating.loading || resending.loading,
  };
}
