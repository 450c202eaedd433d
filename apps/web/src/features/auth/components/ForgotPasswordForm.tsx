import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useRequestPasswordReset } from '../hooks/useRequestPasswordReset';
import form from '../../../shared/components/form/form.module.css';

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
    if (!problems.acceptClientCheck(errors)) return;
    try {
      await requestReset(email.trim());
      setSentTo(email.trim());
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <>
      <p role="status" className={sentTo ? 'notice notice--success' : 'visually-hidden'}>
        {sentTo && t('auth.resetRequested', { email: sentTo })}
      </p>
      <form onSubmit={submit} noValidate className={form.narrow}>
        <ErrorSummary items={problems.summary} />
        <TextField
          id="reset-email"
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          errors={problems.fieldErrors['email']}
        />
        <div className={form.actions}>
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('auth.resetSubmitting') : t('auth.resetSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
