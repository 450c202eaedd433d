import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';

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
  const [linkRefused, setLinkRefused] = useState(false);
  // A reset link can be asked for again; an invitation only by the admin who sent it.
  const nextStep =
    purpose === 'invitation' ? (
      <p>{t('auth.askNewInvitation')}</p>
    ) : (
      <p>
        <Link to="/wachtwoord-vergeten">{t('auth.requestNewLink')}</Link>
      </p>
    );

  return (
    <div className={detail.detail}>
      <h1>{title}</h1>
      {token && !linkRefused ? (
        <>
          <p className="lead">{purpose === 'invitation' ? t('auth.invitationIntro') : t('auth.resetIntro')}</p>
          <SetPasswordForm
            token={token}
            onDone={() => navigate('/inloggen', { replace: true, state: { passwordSet: true } })}
            onLinkRefused={() => setLinkRefused(true)}
          />
        </>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{linkRefused ? t('auth.linkRefused') : t('auth.linkIncomplete')}</p>
          {nextStep}
        </div>
      )}
    </div>
  );
}
