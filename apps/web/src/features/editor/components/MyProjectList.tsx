import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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

  return (
    <div className={table.wrapper} role="region" aria-labelledby="my-projects-caption" tabIndex={0}>
      <table className={table.table}>
        <caption id="my-projects-caption" className="visually-hidden">
          {user.organization ? t('editor.workspaceHeading', { organization: user.organization.name }) : t('editor.workspaceHeadingAll')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.columnTitle')}</th>
            <th scope="col">{t('editor.columnStatus')}</th>
            <th scope="col">{t('editor.columnUpdated')}</th>
            <th scope="col">{t('editor.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => {
            const editable = canEditProject(user, project.leadOrganization.id);
            return (
              <tr key={project.id}>
                <th scope="row">
                  {editable ? <Link to={`/redactie/projecten/${project.slug}`}>{project.title}</Link> : project.title}
                  {!editable && (
                    <span className={`meta ${table.note}`}>{t('editor.partnerOnly', { organization: project.leadOrganization.name })}</span>
                  )}
                </th>
                {/* One status column: where the project stands, and whether readers can see it. */}
                <td>
                  <EditorialStateBadge state={project.state} /> <span className="meta">{t(`enums.ProjectStatus.${project.status}`)}</span>
                </td>
                <td>{formatDate(project.updatedAt)}</td>
                <td className={table.actions}>
                  {editable && (
                    <Link to={`/redactie/projecten/${project.slug}`} aria-label={t('editor.editNamed', { title: project.title })}>
                      {t('editor.edit')}
                    </Link>
                  )}
                  <Link to={`/projecten/${project.slug}`} aria-label={t('editor.viewNamed', { title: project.title })}>
                    {t('editor.view')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
