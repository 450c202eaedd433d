import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Role } from '../../../graphql/schema-types.generated';
import { ChangeUserRoleDocument } from '../graphql/change-user-role.generated';
import { DeactivateUserDocument } from '../graphql/deactivate-user.generated';

/** Role changes and deactivation; the cache updates the row through the returned id. */
export function useManageUser() {
  const [changeRoleMutation, changing] = useMutation(ChangeUserRoleDocument);
  const [deactivateMutation, deactivating] = useMutation(DeactivateUserDocument);
  const changeRole = useCallback((userId: string, role: Role) => changeRoleMutation({ variables: { userId, role } }), [changeRoleMutation]);
  const deactivate = useCallback((userId: string) => deactivateMutation({ variables: { userId } }), [deactivateMutation]);
  return { changeRole, deactivate, busy: changing.loading || deactivating.loading };
}
