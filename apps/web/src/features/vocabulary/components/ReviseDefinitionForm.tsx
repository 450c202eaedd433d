import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { FormActions } from '../../../shared/components/form/FormActions';
import { useFormDraft } from '../../../shared/hooks/useFormDraft';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import type { TermQuery } from '../graphql/term.generated';
import { useUpdateDefinition } from '../hooks/useUpdateDefinition';
import { SOURCE_FIELDS, SourceFields, sourceFieldLabels, sourceInput, validYear } from './SourceFields';
import vocabulary from './vocabulary.module.css';

type Definition = TermQuery['term']['definitions'][number];

/** Several forms can be open on one page; ids stay unique per definition. */
const fieldId = (definitionId: string, field: string) => `revision-${definitionId}-${field}`;

interface ReviseDefinitionFormProps {
  definition: Definition;
  perspectiveLabel: string;
  /** Where what is typed is kept until it is saved or cancelled (see form-drafts); null: nowhere. */
  draftKey: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The author, a colleague of the author or an admin revises a definition: a new version, with a note on why. */
export function ReviseDefinitionForm({ definition, perspectiveLabel, draftKey, onDone, onCancel }: ReviseDefinitionFormProps) {
  const { t } = useTranslation();
  const baseline = useMemo(
    () => ({
      text: definition.text,
      // A citation without fields (from an import) starts as the title.
      sourceTitle: definition.sourceTitle || (definition.sourcePublisher || definition.sourceYear !== null ? '' : definition.source),
      organizationId: definition.organization?.id ?? '',
      sourcePublisher: definition.sourcePublisher,
      sourceYear: definition.sourceYear === null ? '' : String(definition.sourceYear),
      sourceUrl: definition.sourceUrl ?? '',
      changeNote: '',
    }),
    [definition],
  );
  // Laid over the version saved now: a colleague's revision since is not undone by untouched fields.
  const { values, setValues, restored, forget } = useFormDraft(draftKey, baseline);
  const set = (field: keyof typeof baseline) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const [revise, { loading }] = useUpdateDefinition();
  const fields: FormFields = useMemo(() => {
    const labels = sourceFieldLabels(t);
    return {
      text: { id: fieldId(definition.id, 'text'), label: t('term.definitionText') },
      ...Object.fromEntries(SOURCE_FIELDS.map((field) => [field, { id: fieldId(definition.id, field), label: labels[field] }])),
      changeNote: { id: fieldId(definition.id, 'change-note'), label: t('term.revision.changeNote') },
    };
  }, [definition.id, t]);
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { changeNote, ...next } = values;
    const { changeNote: _unchanged, ...saved } = baseline;
    const errors: FieldErrors = {};
    if (!next.text.trim()) errors['text'] = [t('editor.validation.required')];
    else if (JSON.stringify({ ...next, text: next.text.trim() }) === JSON.stringify(saved)) errors['text'] = [t('term.revision.unchanged')];
    if (!validYear(next.sourceYear)) errors['sourceYear'] = [t('term.credit.yearInvalid')];
    if (!changeNote.trim()) errors['changeNote'] = [t('term.revision.changeNoteRequired')];
    if (!problems.acceptClientCheck(errors)) return;
    try {
      const result = await revise({ id: definition.id, input: { text: next.text.trim(), ...sourceInput(next), changeNote: changeNote.trim() } });
      forget();
      onDone(t('term.revision.saved', { version: result.updateDefinition.version }));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  const cancel = () => {
    forget();
    onCancel();
  };

  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-busy={loading} aria-label={t('term.revision.formLabel', { perspective: perspectiveLabel })}>
      <ErrorSummary items={problems.summary} />
      {restored && (
        <p className="notice" role="status">
          {t('term.draftRestored')}
        </p>
      )}
      <p className="meta">{t('term.revision.intro', { version: definition.version + 1 })}</p>
      <TextAreaField {...problems.fieldProps('text')} required rows={6} value={values.text} onChange={set('text')} />
      <SourceFields idPrefix={`revision-${definition.id}`} values={values} onChange={(field, value) => set(field)(value)} errors={problems.fieldErrors} />
      <TextField
        {...problems.fieldProps('changeNote')}
        hint={t('term.revision.changeNoteHint')}
        required
        maxLength={500}
        value={values.changeNote}
        onChange={set('changeNote')}
      />
      <FormActions submitLabel={t('term.revision.save')} busy={loading} onCancel={cancel} />
    </form>
  );
}
