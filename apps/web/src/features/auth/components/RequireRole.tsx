import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../graphql/schema-types.generated';
import { useSession } from '../hooks/useSession';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/** Sends a visitor without a session to sign in (and back here afterwards); explains a wrong role. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/inloggen" replace state={{ returnTo: location.pathname + location.search }} />;
  if (!roles.includes(session.user.role)) {
    return (
      <div className="notice notice--error" role="alert">
        <h1>{t('errors.forbidden')}</h1>
        <p>
          {t('auth.needsRole', {
            roles: roles.map((role) => t(`enums.Role.${role}`).toLowerCase()).join(', '),
            role: t(`enums.Role.${session.user.role}`).toLowerCase(),
          })}
        </p>
      </div>
    );
  }
  return <>{children}</>;
}
