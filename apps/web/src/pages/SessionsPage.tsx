import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { hasRole, VOCABULARY_ROLES } from '../features/auth/lib/permissions';
import { useNetworkSessions } from '../features/network/hooks/useNetwork';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { useEnumLabel } from '../shared/hooks/useEnumLabel';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { formatDate } from '../shared/lib/format';
import table from '../shared/styles/table.module.css';

/** Every session of the network, the most recent first, each a link to its report. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const captionId = useId();
  const { data, error, refetch } = useNetworkSessions();
  const user = useSession()?.user;
  usePageTitle(t('sessions.title'));

  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;

  const sessions = data.networkSessions;
  return (
    <div>
      <h1>{t('sessions.title')}</h1>
      <p className="lead">{t('sessions.intro')}</p>
      {hasRole(user, VOCABULARY_ROLES) && (
        <p>
          <Link to="/bijeenkomsten/nieuw" className="button">
            {t('sessions.form.newSession')}
          </Link>
        </p>
      )}
      {sessions.length === 0 ? (
        <p>{t('sessions.empty')}</p>
      ) : (
        <div className={table.wrapper} role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={table.table}>
            <caption id={captionId}>{t('sessions.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.session')}</th>
                <th scope="col">{t('sessions.heldOn')}</th>
                <th scope="col">{t('sessions.kind')}</th>
                <th scope="col">{t('sessions.organiser')}</th>
                <th scope="col">{t('sessions.terms')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    <Link to={`/bijeenkomsten/${session.slug}`} lang="nl">
                      {session.title}
                    </Link>
                  </th>
                  <td>{formatDate(session.heldOn)}</td>
                  <td>{label('SessionKind', session.kind)}</td>
                  <td>{session.organiser && <Link to={`/organisaties/${session.organiser.slug}`}>{session.organiser.name}</Link>}</td>
                  <td lang="nl">{session.agenda.flatMap((item) => (item.term ? [item.term.label] : [])).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
