import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { canEditProject } from '../features/auth/lib/permissions';
import { FindingList } from '../features/projects/components/FindingList';
import { useProject } from '../features/projects/hooks/useProject';
import { BackToResults } from '../shared/components/BackToResults';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { Markdown } from '../shared/components/markdown/Markdown';
import { TextWithMentions } from '../shared/components/TextWithMentions';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { useScrollToHash } from '../shared/hooks/useScrollToHash';
import { formatDate } from '../shared/lib/format';
import { mentionsOfField } from '../shared/lib/term-mentions';
import detail from '../shared/styles/detail.module.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function ProjectPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const { data, error, refetch } = useProject(slug);
  const project = data?.project;
  usePageTitle(project?.title);
  useScrollToHash(!!project);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!project) return <LoadingState />;

  const [lead, ...partners] = project.organizations;
  const texts = [
    { id: 'reason', field: 'reason', title: t('project.reason'), text: project.reason },
    { id: 'background', field: 'background', title: t('project.background'), text: project.background },
    { id: 'goal', field: 'goal', title: t('project.goal'), text: project.goal },
    { id: 'expected-results', field: 'expectedResults', title: t('project.expectedResults'), text: project.expectedResults },
  ].filter((section) => section.text.trim());

  return (
    <article className={detail.detail}>
      <BackToResults />
      <header className={detail.header}>
        <p className="kind-label">{t('project.kindLabel')}</p>
        <h1>{project.title}</h1>
        {project.state !== 'PUBLISHED' && (
          <p className="notice notice--warning">{t('project.notPublished', { state: t(`enums.EditorialState.${project.state}`) })}</p>
        )}
        <p className="lead">
          <TextWithMentions text={project.summary} mentions={mentionsOfField(project.termMentions, 'summary')} />
        </p>
        {canEditProject(session?.user, project.leadOrganization.id) && (
          <p>
            <Link className="button" to={`/redactie/projecten/${project.slug}`}>
              {t('project.edit')}
            </Link>
          </p>
        )}
      </header>

      <div className={detail.layout}>
        <div className={detail.main}>
          {texts.map((section) => (
            <section key={section.id} aria-labelledby={`${section.id}-heading`}>
              <h2 id={`${section.id}-heading`}>{section.title}</h2>
              <Markdown text={section.text} headingLevel={3} mentions={mentionsOfField(project.termMentions, section.field)} />
            </section>
          ))}

          <section aria-labelledby="interventions-heading">
            <h2 id="interventions-heading">{t('project.interventions')}</h2>
            {project.interventions.length ? (
              <ul className={detail.linkList}>
                {project.interventions.map((intervention) => (
                  <li key={intervention.id}>
                    <Link to={`/interventies/${intervention.slug}`}>{intervention.name}</Link>
                    <span className="meta"> · {t(`enums.EvidenceLevel.${intervention.evidenceLevel}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('project.noInterventions')}</p>
            )}
          </section>

          <section aria-labelledby="findings-heading" id="bevindingen">
            <h2 id="findings-heading">{t('project.findings')}</h2>
            {project.findings.length ? <FindingList findings={project.findings} /> : <p>{t('project.noFindings')}</p>}
          </section>
        </div>

        <aside className={detail.aside} aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('project.facts')}</h2>
          <dl className={detail.facts}>
            <Fact label={t('project.status')}>{t(`enums.ProjectStatus.${project.status}`)}</Fact>
            {project.startDate && <Fact label={t('project.startDate')}>{formatDate(project.startDate)}</Fact>}
            {project.durationMonths !== null && (
              <Fact label={t('project.duration')}>{t('common.months', { count: project.durationMonths })}</Fact>
            )}
            {lead && (
              <Fact label={t('project.leadOrganization')}>
                <Link to={`/organisaties/${lead.slug}`}>{lead.name}</Link>
              </Fact>
            )}
            {partners.length > 0 && (
              <Fact label={t('project.partners')}>
                <ul className="plain-list">
                  {partners.map((organization) => (
                    <li key={organization.id}>
                      <Link to={`/organisaties/${organization.slug}`}>{organization.name}</Link>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
            {project.leads.length > 0 && <Fact label={t('project.leads')}>{project.leads.join(', ')}</Fact>}
            {project.funders.length > 0 && <Fact label={t('project.funders')}>{project.funders.join(', ')}</Fact>}
            {project.network && (
              <Fact label={t('project.network')}>
                <Link to={`/netwerken/${project.network.slug}`}>{project.network.name}</Link>
              </Fact>
            )}
            {project.themes.length > 0 && <Fact label={t('project.themes')}>{project.themes.join(', ')}</Fact>}
            {project.targetGroups.length > 0 && (
              <Fact label={t('project.targetGroups')}>
                {project.targetGroups.map((group) => t(`enums.TargetGroup.${group}`)).join(', ')}
              </Fact>
            )}
            {project.publishedAt && <Fact label={t('project.publishedAt')}>{formatDate(project.publishedAt)}</Fact>}
          </dl>
        </aside>
      </div>
    </article>
  );
}
