import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLearningNetwork } from '../features/networks/hooks/useLearningNetwork';
import { ProjectList } from '../features/projects/components/ProjectList';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { Markdown } from '../shared/components/markdown/Markdown';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { formatDate } from '../shared/lib/format';
import detail from '../shared/styles/detail.module.css';

export default function LearningNetworkPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useLearningNetwork(slug);
  const network = data?.learningNetwork;
  usePageTitle(network?.name);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!network) return <LoadingState />;

  const period = network.endDate
    ? t('network.periodValue', { start: formatDate(network.startDate), end: formatDate(network.endDate) })
    : t('network.periodOpen', { start: formatDate(network.startDate) });

  return (
    <article className={detail.detail}>
      <header className={detail.header}>
        <p className="kind-label">{t('network.kindLabel')}</p>
        <h1>{network.name}</h1>
        <div className={detail.callout}>
          <h2>{t('network.centralQuestion')}</h2>
          <p>{network.centralQuestion}</p>
        </div>
      </header>
      <div className={detail.layout}>
        <div className={detail.main}>
          <Markdown text={network.description} headingLevel={2} />
          <section aria-labelledby="projects-heading">
            <h2 id="projects-heading">{t('network.projects')}</h2>
            <ProjectList filter={{ networkId: network.id }} />
          </section>
        </div>
        <aside className={detail.aside} aria-labelledby="members-heading">
          <dl className={detail.facts}>
            <div>
              <dt>{t('network.period')}</dt>
              <dd>{period}</dd>
            </div>
            {network.funders.length > 0 && (
              <div>
                <dt>{t('network.funders')}</dt>
                <dd>{network.funders.join(', ')}</dd>
              </div>
            )}
          </dl>
          <h2 id="members-heading">{t('network.members')}</h2>
          <ul className="plain-list">
            {network.members.map((member) => (
              <li key={member.id}>
                <Link to={`/organisaties/${member.slug}`}>{member.name}</Link>{' '}
                <span className="meta">({t(`enums.OrganizationKind.${member.kind}`)})</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
