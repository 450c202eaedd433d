import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSessionState } from '../hooks/useSession';
import { sessionStore } from '../lib/session-store';

/**
 * Says on every page, public ones too, that the API ended the session for safety (a used session
 * token came back, perhaps stolen): the person should know, sign in again, and may want a new
 * password. An ordinary expiry needs no such notice; pages that need the session explain it.
 */
export function SessionEndedNotice() {
  const { t } = useTranslation();
  const state = useSessionState();
  const { pathname } = useLocation();
  // The sign-in page gives the same explanation itself.
  if (state.status !== 'signedOut' || !state.revokedForSafety || pathname === '/inloggen') return null;
  return (
    <div className="site-alert notice notice--warning" role="alert">
      <p>{t('auth.sessionRevokedForSafety')}</p>
      <p>
        <Link to="/inloggen" state={{ returnTo: pathname, expired: true, revokedForSafety: true }}>
          {t('auth.signInAgain')}
        </Link>{' '}
        <button type="button" className="button button--quiet" onClick={() => sessionStore.acknowledgeExpiry()}>
          {t('auth.dismiss')}
        </button>
      </p>
    </div>
  );
}
