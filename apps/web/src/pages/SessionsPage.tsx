import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { hasRole, VOCABULARY_ROLES } from '../features/auth/lib/permissions';
import { useNetworkSessions } from '../features/network/hooks/useNetwork';
import { DataTable } from '../shared/components/DataTable';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { useEnumLabel } from '../shared/hooks/useEnumLabel';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { formatDate } from '../shared/lib/format';

/** Every session of the network, the most recent first, each a link to its report. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
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
        <DataTable
          caption={t('sessions.listCaption')}
          rows={sessions}
          rowKey={(session) => session.id}
          columns={[
            {
              header: t('sessions.session'),
              cell: (session) => (
                <Link to={`/bijeenkomsten/${session.slug}`} lang="nl">
                  {session.title}
                </Link>
              ),
            },
            { header: t('sessions.heldOn'), cell: (session) => formatDate(session.heldOn) },
            { header: t('sessions.kind'), cell: (session) => label('SessionKind', session.kind) },
            { header: t('sessions.organiser'), cell: (session) => session.organiser && <Link to={`/organisaties/${session.organiser.slug}`}>{session.organiser.name}</Link> },
            { header: t('sessions.terms'), cell: (session) => <span lang="nl">{session.agenda.flatMap((item) => (item.term ? [item.term.label] : [])).join(', ')}</span> },
          ]}
        />
      )}
    </div>
  );
}
