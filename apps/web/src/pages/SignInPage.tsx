import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../features/auth/components/SignInForm';
import type { SessionUser } from '../features/auth/lib/session-store';
import { sessionStore } from '../features/auth/lib/session-store';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** Where a person goes after signing in: back where they came from, or to their own work. */
function landingFor(user: SessionUser | undefined, returnTo: unknown): string {
  if (typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')) return returnTo;
  if (user?.role === 'EDITOR' || user?.role === 'ADMIN') return '/redactie';
  if (user?.role === 'RESEARCHER') return '/begrippen';
  return '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useLocation();
  usePageTitle(t('auth.title'));
  const returnTo = (state as { returnTo?: unknown } | null)?.returnTo;

  return (
    <div className="detail">
      <h1>{t('auth.title')}</h1>
      <p className="lead">{t('auth.intro')}</p>
      <SignInForm onSignedIn={() => navigate(landingFor(sessionStore.get()?.user, returnTo), { replace: true })} />
    </div>
  );
}
