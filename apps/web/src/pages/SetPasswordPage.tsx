import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/**
 * The page behind an invitation link (`/uitnodiging?token=…`) and a password-reset link
 * (`/wachtwoord-herstellen?token=…`): choose a password, then sign in.
 */
export default function SetPasswordPage({ purpose }: { purpose: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const title = purpose === 'invitation' ? t('auth.invitationTitle') : t('auth.resetTitle');
  usePageTitle(title);

  return (
    <div className="detail">
      <h1>{title}</h1>
      {token ? (
        <>
          <p className="lead">{purpose === 'invitation' ? t('auth.invitationIntro') : t('auth.resetIntro')}</p>
          <SetPasswordForm token={token} onDone={() => navigate('/inloggen', { replace: true, state: { passwordSet: true } })} />
        </>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{t('auth.linkIncomplete')}</p>
          <p>
            <Link to="/wachtwoord-vergeten">{t('auth.requestNewLink')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
