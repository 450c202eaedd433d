import { useTranslation } from 'react-i18next';
import form from './form.module.css';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  /** Offers "Annuleren" beside the submit button when given. */
  onCancel?: () => void;
}

/** The buttons under a form: submit (disabled while it saves) and, where the form can be left, cancel. */
export function FormActions({ submitLabel, busy, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className={form.actions}>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
