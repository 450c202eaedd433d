import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { FormActions } from '../../../shared/components/form/FormActions';

interface ReasonFormProps {
  idPrefix: string;
  /** The form's accessible name: what is answered or hidden. */
  formLabel: string;
  /** The API's name for the one text field, so its refusal shows next to it. */
  fieldName: string;
  fieldLabel: string;
  submitLabel: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** One required text and a button: the developers' response, or an admin's reason for hiding. */
export function ReasonForm({ idPrefix, formLabel, fieldName, fieldLabel, submitLabel, onSave, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const fields: FormFields = useMemo(() => ({ [fieldName]: { id: `${idPrefix}-text`, label: fieldLabel } }), [idPrefix, fieldName, fieldLabel]);
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await problems.send(text.trim() ? {} : { [fieldName]: [t('editor.validation.required')] }, () => onSave(text.trim()));
    setSaving(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={formLabel}>
      <ErrorSummary items={problems.summary} />
      <TextAreaField {...problems.fieldProps(fieldName)} required rows={3} value={text} onChange={setText} />
      <FormActions submitLabel={submitLabel} busy={saving} onCancel={onCancel} />
    </form>
  );
}
