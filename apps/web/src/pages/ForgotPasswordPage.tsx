import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';
import form from '../shared/components/form/form.module.css';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgotTitle'));
  return (
    <div className={detail.detail}>
      <h1>{t('auth.forgotTitle')}</h1>
      <p className="lead">{t('auth.forgotIntro')}</p>
      <ForgotPasswordForm />
      <p className={form.after}>
        <Link to="/inloggen">{t('auth.backToSignIn')}</Link>
      </p>
    </div>
  );
}
