import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useSessionState } from '../features/auth/hooks/useSession';
import type { SessionUser } from '../features/auth/lib/session-store';
import { sessionStore } from '../features/auth/lib/session-store';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';
import form from '../shared/components/form/form.module.css';

/** Where a person goes after signing in: back where they came from, or to their own work. */
function landingFor(user: SessionUser | undefined, returnTo: unknown): string {
  if (typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')) return returnTo;
  if (user?.role === 'ADMIN') return '/beheer';
  if (user?.role === 'EDITOR') return '/redactie';
  if (user?.role === 'RESEARCHER') return '/begrippen';
  return '/';
}

/** Why someone arrives here: sent back after their session ended, or after choosing a password. */
interface SignInState {
  returnTo?: unknown;
  expired?: boolean;
  /** The session was ended because a used session token came back, perhaps stolen. */
  revokedForSafety?: boolean;
  passwordSet?: boolean;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useLocation();
  usePageTitle(t('auth.title'));
  const { returnTo, expired, revokedForSafety, passwordSet } = (state ?? {}) as SignInState;
  const session = useSessionState();
  const sessionEnded = session.status === 'signedOut' && session.expired;
  // RequireRole brought the person here to explain the ended session (see location state).
  useEffect(() => {
    if (sessionEnded) sessionStore.acknowledgeExpiry();
  }, [sessionEnded]);

  return (
    <div className={detail.detail}>
      <h1>{t('auth.title')}</h1>
      {expired && (
        <p className="notice notice--warning" role="alert">
          {t(revokedForSafety ? 'auth.sessionRevokedForSafety' : 'auth.sessionExpired')}
        </p>
      )}
      {passwordSet && (
        <p className="notice notice--success" role="status">
          {t('auth.passwordSetSignIn')}
        </p>
      )}
      <p className="lead">{t('auth.intro')}</p>
      <SignInForm onSignedIn={() => navigate(landingFor(sessionStore.get()?.user, returnTo), { replace: true })} />
      <p className={form.after}>
        <Link to="/wachtwoord-vergeten">{t('auth.forgotPassword')}</Link>
      </p>
    </div>
  );
}
