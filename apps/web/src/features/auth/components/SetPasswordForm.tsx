import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { describeApiError, type FieldErrors } from '../../../shared/lib/api-errors';
import { useSetPassword } from '../hooks/useSetPassword';
import { checkNewPassword, MIN_PASSWORD_LENGTH, type PasswordProblem } from '../lib/password-rules';

interface SetPasswordFormProps {
  token: string;
  onDone: () => void;
  /** The API refused the link itself (expired, already used): no password can help then. */
  onLinkRefused: () => void;
}

/** A new password, typed twice; the token comes from the invitation or reset link. */
export function SetPasswordForm({ token, onDone, onLinkRefused }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPasswordValue] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { setPassword, loading } = useSetPassword();
  const fields: FormFields = useMemo(
    () => ({
      password: { id: 'new-password', label: t('auth.newPassword') },
      confirmation: { id: 'new-password-confirmation', label: t('auth.confirmPassword') },
    }),
    [t],
  );
  const problems = useFormProblems(fields);
  const messages: Record<PasswordProblem, string> = {
    required: t('auth.newPasswordRequired'),
    tooShort: t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
    confirmationRequired: t('auth.confirmationRequired'),
    mismatch: t('auth.passwordMismatch'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassword(password, confirmation);
    const errors: FieldErrors = {};
    if (found.password) errors['password'] = [messages[found.password]];
    if (found.confirmation) errors['confirmation'] = [messages[found.confirmation]];
    if (!problems.acceptClientCheck(errors)) return;
    try {
      await setPassword(token, password);
      onDone();
    } catch (error) {
      if (describeApiError(error).fields['token']) onLinkRefused();
      else problems.showApiError(error);
    }
  };

  return (
    <NarrowForm
      onSubmit={submit}
      summary={problems.summary}
      submitLabel={t('auth.setPasswordSubmit')}
      busyLabel={t('auth.setPasswordSubmitting')}
      busy={loading}
    >
      <TextField
        {...problems.fieldProps('password')}
        hint={t('auth.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPasswordValue}
      />
      <TextField
        {...problems.fieldProps('confirmation')}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={setConfirmation}
      />
    </NarrowForm>
  );
}
