import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { FieldHintAndError, FieldLabelText } from '../../../shared/components/form/FieldShell';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { useFormDraft } from '../../../shared/hooks/useFormDraft';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { linesToList, listToLines } from '../../../shared/lib/lines';
import { MOTIVATIONS } from '../lib/annotation-threads';
import { occursIn, type PassageSelection } from '../lib/passages';
import { MotivationIcon } from './MotivationIcon';
import { FormActions } from '../../../shared/components/form/FormActions';
import form from '../../../shared/components/form/form.module.css';
import styles from './AnnotationForm.module.css';
import { MOTIVATION_COLOUR } from './motivations';
import vocabulary from './vocabulary.module.css';

export interface AnnotationValues {
  motivation: AnnotationMotivation;
  body: string;
  references: string[];
  /** The passage of the definition it is about (W3C TextQuoteSelector, with a position hint); absent for the whole definition. */
  quote?: { exact: string; prefix?: string; suffix?: string; start?: number };
}

/** What the form keeps as a draft: strings and a number, as form-drafts stores them. */
interface FormValues {
  motivation: string;
  body: string;
  references: string;
  passage: string;
  /** The selection's surroundings, while the passage is still the selected words; -1: none. */
  passagePrefix: string;
  passageSuffix: string;
  passageStart: number;
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
  /** The definition's text, when the annotation may be about a passage of it (new annotations, not replies or edits). */
  passageText?: string;
  /** Words selected in the definition, to start with as the passage. */
  selection?: PassageSelection | null;
  /** Where what is typed is kept until it is saved or cancelled (see form-drafts); null: nowhere. */
  draftKey: string | null;
  /** Sends the annotation; a refusal it throws is shown next to the fields. */
  onSave: (values: AnnotationValues) => Promise<void>;
  onCancel: () => void;
}

/** A new annotation, a reply, or an edit of one's own: a motivation, a Markdown body and references. */
export function AnnotationForm({ idPrefix, label, submitLabel, motivations, initial, passageText, selection, draftKey, onSave, onCancel }: AnnotationFormProps) {
  const { t } = useTranslation();
  const id = (field: string) => `${idPrefix}-${field}`;
  // An edit keeps its motivation on offer, even one this person could no longer choose anew.
  const choices = MOTIVATIONS.filter((value) => motivations.includes(value) || value === initial?.motivation);
  const baseline: FormValues = useMemo(
    () => ({
      motivation: initial?.motivation ?? choices[0],
      body: initial?.body ?? '',
      references: listToLines(initial?.references ?? []),
      passage: selection?.exact ?? '',
      passagePrefix: selection?.prefix ?? '',
      passageSuffix: selection?.suffix ?? '',
      passageStart: selection?.start ?? -1,
    }),
    // The form starts from these once; a new selection opens a new form (see DefinitionCard).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const { values, setValues, restored, forget } = useFormDraft(draftKey, baseline);
  const set = (field: keyof FormValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const motivation = (choices.includes(values.motivation as AnnotationMotivation) ? values.motivation : choices[0]) as AnnotationMotivation;
  const fields: FormFields = useMemo(
    () => ({
      motivation: { id: `${idPrefix}-motivation`, label: t('term.motivation') },
      'quote.exact': { id: `${idPrefix}-passage`, label: t('term.passage.field') },
      body: { id: `${idPrefix}-body`, label: t('term.body') },
      references: { id: `${idPrefix}-references`, label: t('term.referencesField') },
    }),
    [idPrefix, t],
  );
  const problems = useFormProblems(fields);
  const [saving, setSaving] = useState(false);

  // The selection's surroundings count only while the passage is still the selected words.
  const setPassage = (passage: string) =>
    setValues((current) => (passage === current.passage ? current : { ...current, passage, passagePrefix: '', passageSuffix: '', passageStart: -1 }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const passage = values.passage.trim();
    const errors: FieldErrors = {};
    if (!values.body.trim()) errors['body'] = [t('editor.validation.required')];
    if (passage && passageText !== undefined && !occursIn(passageText, passage)) errors['quote.exact'] = [t('term.passage.notFound')];
    if (!problems.acceptClientCheck(errors)) return;
    const quote = passage
      ? {
          exact: passage,
          ...(values.passagePrefix && { prefix: values.passagePrefix }),
          ...(values.passageSuffix && { suffix: values.passageSuffix }),
          ...(values.passageStart >= 0 && { start: values.passageStart }),
        }
      : undefined;
    setSaving(true);
    try {
      await onSave({ motivation, body: values.body.trim(), references: linesToList(values.references), ...(quote && { quote }) });
      forget();
    } catch (error) {
      problems.showApiError(error);
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    forget();
    onCancel();
  };

  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-label={label} aria-busy={saving}>
      <ErrorSummary items={problems.summary} />
      {restored && (
        <p className="notice" role="status">
          {t('term.draftRestored')}
        </p>
      )}
      {!motivations.includes('CONTESTING') && <p className="meta">{t('term.practiceVoice')}</p>}
      <fieldset id={id('motivation')} tabIndex={-1} className={`${form.field} ${styles.motivations}`}>
        <legend className={form.label}>
          <FieldLabelText label={t('term.motivation')} required />
        </legend>
        <FieldHintAndError id={id('motivation')} label={t('term.motivation')} errors={problems.fieldErrors['motivation']} />
        {choices.map((value) => (
          <label key={value} className={`${form.choice} ${styles.choice} ${MOTIVATION_COLOUR[value] ?? ''}`}>
            <input type="radio" name={id('motivation')} value={value} checked={motivation === value} onChange={() => set('motivation')(value)} />
            <MotivationIcon motivation={value} />
            <span>{t(`enums.AnnotationMotivation.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {passageText !== undefined && (
        <TextField
          {...problems.fieldProps('quote.exact')}
          hint={t('term.passage.fieldHint')}
          lang="nl"
          value={values.passage}
          onChange={setPassage}
        />
      )}
      <TextAreaField
        {...problems.fieldProps('body')}
        hint={t('term.bodyHint')}
        required
        value={values.body}
        onChange={set('body')}
      />
      <TextAreaField {...problems.fieldProps('references')} hint={t('common.onePerLine')} rows={2} value={values.references} onChange={set('references')} />
      <FormActions submitLabel={submitLabel} busy={saving} onCancel={cancel} />
    </form>
  );
}
