import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrganization } from '../features/organizations/hooks/useOrganization';
import { ProjectList } from '../features/projects/components/ProjectList';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { FollowButton } from '../features/follows/components/FollowButton';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';

export default function OrganizationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useOrganization(slug);
  const organization = data?.organization;
  usePageTitle(organization?.name);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!organization) return <LoadingState />;

  return (
    <article className={detail.detail}>
      <header className={detail.header}>
        <p className="kind-label">{t(`enums.OrganizationKind.${organization.kind}`)}</p>
        <h1>{organization.name}</h1>
        <FollowButton kind="ORGANIZATION" targetId={organization.id} name={organization.name} />
        <dl className={`${detail.facts} ${detail.factsInline}`}>
          <div>
            <dt>{t('organization.kind')}</dt>
            <dd>{t(`enums.OrganizationKind.${organization.kind}`)}</dd>
          </div>
          {organization.region && (
            <div>
              <dt>{t('organization.region')}</dt>
              <dd>{organization.region}</dd>
            </div>
          )}
          {organization.website && /^https?:\/\//.test(organization.website) && (
            <div>
              <dt>{t('organization.website')}</dt>
              <dd>
                <a href={organization.website} rel="noopener noreferrer">
                  {organization.website.replace(/^https?:\/\//, '')}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </header>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t('organization.projects')}</h2>
        <ProjectList filter={{ organizationIds: [organization.id] }} />
      </section>
    </article>
  );
}
