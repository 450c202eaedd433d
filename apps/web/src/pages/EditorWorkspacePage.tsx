import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRole } from '../features/auth/components/RequireRole';
import { useSession } from '../features/auth/hooks/useSession';
import { EDITORIAL_ROLES } from '../features/auth/lib/permissions';
import type { SessionUser } from '../features/auth/lib/session-store';
import { MyProjectList } from '../features/editor/components/MyProjectList';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import styles from './EditorWorkspacePage.module.css';

function Workspace({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  usePageTitle(t('editor.workspaceTitle'));
  return (
    <div>
      <div className={styles.heading}>
        <h1>
          {user.organization ? t('editor.workspaceHeading', { organization: user.organization.name }) : t('editor.workspaceHeadingAll')}
        </h1>
        <Link to="/redactie/projecten/nieuw" className="button button--primary">
          {t('editor.newProject')}
        </Link>
      </div>
      <p className="lead">{t('editor.workspaceIntro')}</p>
      <MyProjectList user={user} />
    </div>
  );
}

export default function EditorWorkspacePage() {
  const session = useSession();
  return <RequireRole roles={EDITORIAL_ROLES}>{session && <Workspace user={session.user} />}</RequireRole>;
}
