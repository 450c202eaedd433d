import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useRequestPasswordReset } from '../hooks/useRequestPasswordReset';

/** Asks for a reset link by e-mail; the answer never tells whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState('');
  const { requestReset, loading } = useRequestPasswordReset();
  const fields: FormFields = useMemo(() => ({ email: { id: 'reset-email', label: t('auth.email') } }), [t]);
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors['email'] = [t('auth.emailRequired')];
    await problems.send(errors, async () => {
      await requestReset(email.trim());
      setSentTo(email.trim());
    });
  };

  return (
    <>
      <p role="status" className={sentTo ? 'notice notice--success' : 'visually-hidden'}>
        {sentTo && t('auth.resetRequested', { email: sentTo })}
      </p>
      <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('auth.resetSubmit')} busyLabel={t('auth.resetSubmitting')} busy={loading}>
        <TextField {...problems.fieldProps('email')} type="email" autoComplete="email" required value={email} onChange={setEmail} />
      </NarrowForm>
    </>
  );
}
