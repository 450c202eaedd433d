import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../graphql/schema-types.generated';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useSessionState } from '../hooks/useSession';
import { RoleRefusal } from './RoleRefusal';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * Waits while the session cookie is being checked; sends a visitor without a session to sign in
 * (and back here afterwards), saying so when their session ended; explains a wrong role.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const state = useSessionState();
  const location = useLocation();
  if (state.status === 'checking') return <LoadingState label={t('auth.checkingSession')} />;
  if (state.status === 'signedOut') {
    return (
      <Navigate
        to="/inloggen"
        replace
        state={{ returnTo: location.pathname + location.search, expired: state.expired, revokedForSafety: state.revokedForSafety }}
      />
    );
  }
  const { user } = state.session;
  if (!roles.includes(user.role)) return <RoleRefusal roles={roles} role={user.role} />;
  return <>{children}</>;
}
