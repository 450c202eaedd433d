import { useTranslation } from 'react-i18next';
import { InviteUserForm } from '../features/admin/components/InviteUserForm';
import { OrganizationManager } from '../features/admin/components/OrganizationManager';
import { ThemeManager } from '../features/admin/components/ThemeManager';
import { UserTable } from '../features/admin/components/UserTable';
import { VocabularyImport } from '../features/admin/components/VocabularyImport';
import { RequireRole } from '../features/auth/components/RequireRole';
import { useSession } from '../features/auth/hooks/useSession';
import { ADMIN_ROLES } from '../features/auth/lib/permissions';
import type { SessionUser } from '../features/auth/lib/session-store';
import { usePageTitle } from '../shared/hooks/usePageTitle';

function Administration({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <div>
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <InviteUserForm />
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('admin.accountsHeading')}</h2>
        <p>{t('admin.accountsIntro')}</p>
        <UserTable currentUserId={user.id} />
      </section>
      <OrganizationManager />
      <ThemeManager />
      <VocabularyImport />
    </div>
  );
}

export default function AdminPage() {
  const session = useSession();
  return <RequireRole roles={ADMIN_ROLES}>{session && <Administration user={session.user} />}</RequireRole>;
}
