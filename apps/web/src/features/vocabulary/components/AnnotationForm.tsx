import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { FieldHintAndError, FieldLabelText } from '../../../shared/components/form/FieldShell';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { linesToList, listToLines } from '../../../shared/lib/lines';
import { MOTIVATIONS } from '../lib/annotation-threads';
import { MotivationIcon } from './MotivationIcon';
import form from '../../../shared/components/form/form.module.css';
import styles from './AnnotationForm.module.css';
import { MOTIVATION_COLOUR } from './motivations';
import vocabulary from './vocabulary.module.css';

export interface AnnotationValues {
  motivation: AnnotationMotivation;
  body: string;
  references: string[];
}

interface AnnotationFormProps {
  /** Several annotation forms can be open on one page: ids start with this. */
  idPrefix: string;
  /** The form's accessible name: what is annotated or answered. */
  label: string;
  submitLabel: string;
  /** The motivations this person may choose (the API decides; see the policy's PRACTICE_MOTIVATIONS). */
  motivations: readonly AnnotationMotivation[];
  /** The annotation as it stands, when editing. */
  initial?: AnnotationValues;
  /** Sends the annotation; a refusal it throws is shown next to the fields. */
  onSave: (values: AnnotationValues) => Promise<void>;
  onCancel: () => void;
}

/** A new annotation, a reply, or an edit of one's own: a motivation, a Markdown body and references. */
export function AnnotationForm({ idPrefix, label, submitLabel, motivations, initial, onSave, onCancel }: AnnotationFormProps) {
  const { t } = useTranslation();
  const id = (field: string) => `${idPrefix}-${field}`;
  // An edit keeps its motivation on offer, even one this person could no longer choose anew.
  const choices = MOTIVATIONS.filter((value) => motivations.includes(value) || value === initial?.motivation);
  const [motivation, setMotivation] = useState<AnnotationMotivation>(initial?.motivation ?? choices[0]);
  const [body, setBody] = useState(initial?.body ?? '');
  const [references, setReferences] = useState(listToLines(initial?.references ?? []));
  const [saving, setSaving] = useState(false);
  const fields: FormFields = useMemo(
    () => ({
      motivation: { id: `${idPrefix}-motivation`, label: t('term.motivation') },
      body: { id: `${idPrefix}-body`, label: t('term.body') },
      references: { id: `${idPrefix}-references`, label: t('term.referencesField') },
    }),
    [idPrefix, t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!problems.acceptClientCheck(body.trim() ? {} : { body: [t('editor.validation.required')] })) return;
    setSaving(true);
    try {
      await onSave({ motivation, body: body.trim(), references: linesToList(references) });
    } catch (error) {
      problems.showApiError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-label={label}>
      <ErrorSummary items={problems.summary} />
      {!motivations.includes('CONTESTING') && <p className="meta">{t('term.practiceVoice')}</p>}
      <fieldset id={id('motivation')} tabIndex={-1} className={`${form.field} ${styles.motivations}`}>
        <legend className={form.label}>
          <FieldLabelText label={t('term.motivation')} required />
        </legend>
        <FieldHintAndError id={id('motivation')} label={t('term.motivation')} errors={problems.fieldErrors['motivation']} />
        {choices.map((value) => (
          <label key={value} className={`${form.choice} ${styles.choice} ${MOTIVATION_COLOUR[value] ?? ''}`}>
            <input type="radio" name={id('motivation')} value={value} checked={motivation === value} onChange={() => setMotivation(value)} />
            <MotivationIcon motivation={value} />
            <span>{t(`enums.AnnotationMotivation.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={id('body')}
        label={t('term.body')}
        hint={t('term.bodyHint')}
        required
        value={body}
        onChange={setBody}
        errors={problems.fieldErrors['body']}
      />
      <TextAreaField
        id={id('references')}
        label={t('term.referencesField')}
        hint={t('common.onePerLine')}
        rows={2}
        value={references}
        onChange={setReferences}
        errors={problems.fieldErrors['references']}
      />
      <div className={form.actions}>
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
