import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useNetworkSession } from '../features/network/hooks/useNetwork';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { Markdown } from '../shared/components/markdown/Markdown';
import { useEnumLabel } from '../shared/hooks/useEnumLabel';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { formatDate } from '../shared/lib/format';
import detail from '../shared/styles/detail.module.css';
import table from '../shared/styles/table.module.css';

/** The public report of one session: who took part with which perspective, and per term what came of it. */
export default function SessionPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const participantsId = useId();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useNetworkSession(slug);
  const session = data?.networkSession;
  usePageTitle(session?.title);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!session) return <LoadingState />;

  return (
    <article className={detail.detail}>
      <p>
        <Link to="/bijeenkomsten">{t('sessions.allSessions')}</Link>
      </p>
      <header className={detail.header}>
        <p className="kind-label">{label('SessionKind', session.kind)}</p>
        <h1 lang="nl">{session.title}</h1>
        <dl className={detail.facts}>
          <div>
            <dt>{t('sessions.heldOn')}</dt>
            <dd>{formatDate(session.heldOn)}</dd>
          </div>
          {session.organiser && (
            <div>
              <dt>{t('sessions.organiser')}</dt>
              <dd>
                <Link to={`/organisaties/${session.organiser.slug}`}>{session.organiser.name}</Link>
              </dd>
            </div>
          )}
        </dl>
      </header>
      {session.summary && (
        <div lang="nl">
          <Markdown text={session.summary} headingLevel={2} />
        </div>
      )}

      <section aria-labelledby={participantsId}>
        <h2 id={participantsId}>{t('sessions.participants')}</h2>
        <div className={table.wrapper}>
          <table className={table.table}>
            <thead>
              <tr>
                <th scope="col">{t('sessions.organization')}</th>
                <th scope="col">{t('sessions.perspective')}</th>
                <th scope="col">{t('sessions.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {session.participants.map((participant) => (
                <tr key={participant.organization?.id ?? participant.perspective}>
                  <th scope="row">{participant.organization && <Link to={`/organisaties/${participant.organization.slug}`}>{participant.organization.name}</Link>}</th>
                  <td>{label('Perspective', participant.perspective)}</td>
                  <td lang="nl">{participant.contribution}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('sessions.agenda')}</h2>
        {session.agenda.map((item) =>
          item.term ? (
            <section key={item.term.id} aria-labelledby={`term-${item.term.slug}`}>
              <h3 id={`term-${item.term.slug}`}>
                <Link to={`/begrippen/${item.term.slug}`} lang="nl">
                  {item.term.label}
                </Link>
              </h3>
              <dl className={detail.facts}>
                <div>
                  <dt>{t('sessions.meetingPoints')}</dt>
                  <dd lang="nl">{item.meetingPoints || '—'}</dd>
                </div>
                <div>
                  <dt>{t('sessions.differences')}</dt>
                  <dd lang="nl">{item.differences || '—'}</dd>
                </div>
                <div>
                  <dt>{t('sessions.followUp')}</dt>
                  <dd lang="nl">{item.followUp || '—'}</dd>
                </div>
              </dl>
              <h4>{t('sessions.outcomes')}</h4>
              {item.definitions.length + item.relations.length + item.annotations.length === 0 ? (
                <p>{t('sessions.noOutcomes')}</p>
              ) : (
                <ul>
                  {item.definitions.map((definition) => (
                    <li key={definition.id}>
                      {t('sessions.outcomeDefinition', { perspective: label('Perspective', definition.perspective) })}: <q lang="nl">{definition.text}</q>
                    </li>
                  ))}
                  {item.relations.map((relation) => (
                    <li key={relation.id}>
                      {label('Perspective', relation.from.perspective)} {t(`sessions.relation.${relation.kind}`)} {label('Perspective', relation.to.perspective)}:{' '}
                      <span lang="nl">{relation.reason}</span>
                    </li>
                  ))}
                  {item.annotations.map((annotation) => (
                    <li key={annotation.id}>
                      {t('sessions.outcomeAnnotation', { motivation: label('AnnotationMotivation', annotation.motivation) })}: <span lang="nl">{annotation.body}</span>
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <Link to={`/begrippen/${item.term.slug}/verloop`}>
                  {t('sessions.termHistoryLink')} (<span lang="nl">{item.term.label}</span>)
                </Link>
              </p>
            </section>
          ) : null,
        )}
      </section>
    </article>
  );
}
