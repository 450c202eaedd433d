import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useSignIn } from '../hooks/useSignIn';
import form from '../../../shared/components/form/form.module.css';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { signIn, loading } = useSignIn();
  const fields: FormFields = useMemo(
    () => ({
      email: { id: 'sign-in-email', label: t('auth.email') },
      password: { id: 'sign-in-password', label: t('auth.password') },
    }),
    [t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors['email'] = [t('auth.emailRequired')];
    if (!password) errors['password'] = [t('auth.passwordRequired')];
    if (!problems.acceptClientCheck(errors)) return;
    try {
      await signIn(email.trim(), password);
      onSignedIn();
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className={form.narrow}>
      <ErrorSummary items={problems.summary} />
      <TextField
        id="sign-in-email"
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        errors={problems.fieldErrors['email']}
      />
      <TextField
        id="sign-in-password"
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        errors={problems.fieldErrors['password']}
      />
      <div className={form.actions}>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('auth.submitting') : t('auth.submit')}
        </button>
      </div>
    </form>
  );
}
