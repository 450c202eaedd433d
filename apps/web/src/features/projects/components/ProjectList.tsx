import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useProjectList } from '../hooks/useProjectList';
import type { ProjectListQueryVariables } from '../graphql/project-list.generated';
import detail from '../../../shared/styles/detail.module.css';

/** The published projects that match a filter (an organisation's, a network's). */
export function ProjectList({ filter }: { filter: NonNullable<ProjectListQueryVariables['filter']> }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useProjectList(filter);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  if (!data.projects.nodes.length) return <p>{t('project.listEmpty')}</p>;
  return (
    <ul className={detail.linkList}>
      {data.projects.nodes.map((project) => (
        <li key={project.id}>
          <Link to={`/projecten/${project.slug}`}>{project.title}</Link>
          <span className="meta"> · {t(`enums.ProjectStatus.${project.status}`)}</span>
          <p>{project.summary}</p>
        </li>
      ))}
    </ul>
  );
}
