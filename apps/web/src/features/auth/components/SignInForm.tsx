import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useSignIn } from '../hooks/useSignIn';

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
    await problems.send(errors, async () => {
      await signIn(email.trim(), password);
      onSignedIn();
    });
  };

  return (
    <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('auth.submit')} busyLabel={t('auth.submitting')} busy={loading}>
      <TextField {...problems.fieldProps('email')} type="email" autoComplete="username" required value={email} onChange={setEmail} />
      <TextField
        {...problems.fieldProps('password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
    </NarrowForm>
  );
}
