import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../shared/components/DataTable';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/lib/format';
import { canEditProject } from '../../auth/lib/permissions';
import type { SessionUser } from '../../auth/lib/session-store';
import { useMyProjects } from '../hooks/useMyProjects';
import { EditorialStateBadge } from './EditorialStateBadge';
import table from '../../../shared/styles/table.module.css';

export function MyProjectList({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useMyProjects(user);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  const projects = data.projects.nodes;
  if (!projects.length) return <p className="notice">{t('editor.noProjects')}</p>;

  const editable = (project: (typeof projects)[number]) => canEditProject(user, project.leadOrganization.id);
  return (
    <DataTable
      caption={user.organization ? t('editor.workspaceHeading', { organization: user.organization.name }) : t('editor.workspaceHeadingAll')}
      captionHidden
      rows={projects}
      rowKey={(project) => project.id}
      columns={[
        {
          header: t('editor.columnTitle'),
          cell: (project) => (
            <>
              {editable(project) ? <Link to={`/redactie/projecten/${project.slug}`}>{project.title}</Link> : project.title}
              {!editable(project) && <span className={`meta ${table.note}`}>{t('editor.partnerOnly', { organization: project.leadOrganization.name })}</span>}
            </>
          ),
        },
        {
          // One status column: where the project stands, and whether readers can see it.
          header: t('editor.columnStatus'),
          cell: (project) => (
            <>
              <EditorialStateBadge state={project.state} /> <span className="meta">{t(`enums.ProjectStatus.${project.status}`)}</span>
            </>
          ),
        },
        { header: t('editor.columnUpdated'), cell: (project) => formatDate(project.updatedAt) },
        {
          header: t('editor.columnActions'),
          className: table.actions,
          cell: (project) => (
            <>
              {editable(project) && (
                <Link to={`/redactie/projecten/${project.slug}`} aria-label={t('editor.editNamed', { title: project.title })}>
                  {t('editor.edit')}
                </Link>
              )}
              <Link to={`/projecten/${project.slug}`} aria-label={t('editor.viewNamed', { title: project.title })}>
                {t('editor.view')}
              </Link>
            </>
          ),
        },
      ]}
    />
  );
}
