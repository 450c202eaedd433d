import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { hasRole, VOCABULARY_ROLES } from '../features/auth/lib/permissions';
import { RecordSessionForm } from '../features/network/components/RecordSessionForm';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** Researchers and admins record a session; others are told who can. */
export default function RecordSessionPage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('sessions.form.heading'));
  return (
    <div>
      <p>
        <Link to="/bijeenkomsten">{t('sessions.allSessions')}</Link>
      </p>
      <h1>{t('sessions.form.heading')}</h1>
      {hasRole(session?.user, VOCABULARY_ROLES) ? (
        <>
          <p className="lead">{t('sessions.form.intro')}</p>
          <RecordSessionForm />
        </>
      ) : (
        <p className="notice">
          {t('sessions.form.onlyResearchers')} <Link to="/inloggen" state={{ returnTo: '/bijeenkomsten/nieuw' }}>{t('app.signIn')}</Link>
        </p>
      )}
    </div>
  );
}
