import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { useFormDraft } from '../../../shared/hooks/useFormDraft';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { draftKey } from '../../../shared/lib/form-drafts';
import { useSession } from '../../auth/hooks/useSession';
import { useAddDefinition } from '../hooks/useAddDefinition';
import { PERSPECTIVES } from '../lib/perspectives';
import { SOURCE_FIELDS, SourceFields, sourceFieldLabels, sourceInput, validYear } from './SourceFields';
import form from '../../../shared/components/form/form.module.css';

interface AddDefinitionFormProps {
  termId: string;
}

const EMPTY = { perspective: '', text: '', sourceTitle: '', organizationId: '', sourcePublisher: '', sourceYear: '', sourceUrl: '' };

/** A researcher adds a definition: the perspective it is written from is chosen, and its source credited apart from the researcher. */
export function AddDefinitionForm({ termId }: AddDefinitionFormProps) {
  const userId = useSession()?.user.id;
  // Keyed by the signed-in person: remounted when that becomes known, so their draft is read.
  return <DefinitionForm key={userId ?? ''} termId={termId} draft={userId ? draftKey(userId, `definition:${termId}`) : null} />;
}

function DefinitionForm({ termId, draft }: { termId: string; draft: string | null }) {
  const { t } = useTranslation();
  const { values, setValues, restored, forget } = useFormDraft(draft, EMPTY);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const [saved, setSaved] = useState(false);
  const [addDefinition, { loading }] = useAddDefinition();
  const fields: FormFields = useMemo(() => {
    const labels = sourceFieldLabels(t);
    return {
      perspective: { id: 'definition-perspective', label: t('term.perspective') },
      text: { id: 'definition-text', label: t('term.definitionText') },
      ...Object.fromEntries(SOURCE_FIELDS.map((field) => [field, { id: `definition-${field}`, label: labels[field] }])),
    };
  }, [t]);
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const errors: FieldErrors = {};
    if (!values.perspective) errors['perspective'] = [t('editor.validation.required')];
    if (!values.text.trim()) errors['text'] = [t('editor.validation.required')];
    if (!validYear(values.sourceYear)) errors['sourceYear'] = [t('term.credit.yearInvalid')];
    if (!problems.acceptClientCheck(errors) || !values.perspective) return;
    try {
      const { sourceUrl, organizationId, ...credit } = sourceInput(values);
      await addDefinition({
        input: { termId, perspective: values.perspective as Perspective, text: values.text.trim(), ...credit, sourceUrl: sourceUrl ?? undefined, organizationId },
      });
      forget();
      setValues(EMPTY);
      setSaved(true);
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <section className={form.panel} aria-labelledby="add-definition-heading">
      <h2 id="add-definition-heading">{t('term.addDefinition')}</h2>
      <p>{t('term.addDefinitionIntro')}</p>
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('term.definitionSaved') : ''}
      </p>
      <form onSubmit={submit} noValidate aria-busy={loading}>
        <ErrorSummary items={problems.summary} />
        {restored && (
          <p className="notice" role="status">
            {t('term.draftRestored')}
          </p>
        )}
        <SelectField
          id="definition-perspective"
          label={t('term.perspective')}
          hint={t('term.perspectiveHint')}
          required
          value={values.perspective}
          emptyLabel={t('term.choosePerspective')}
          options={PERSPECTIVES.map((value) => ({ value, label: t(`enums.Perspective.${value}`) }))}
          onChange={set('perspective')}
          errors={problems.fieldErrors['perspective']}
        />
        <TextAreaField id="definition-text" label={t('term.definitionText')} required rows={5} value={values.text} onChange={set('text')} errors={problems.fieldErrors['text']} />
        <SourceFields idPrefix="definition" values={values} onChange={(field, value) => set(field)(value)} errors={problems.fieldErrors} />
        <div className={form.actions}>
          <button type="submit" className="button" disabled={loading}>
            {t('term.saveDefinition')}
          </button>
        </div>
      </form>
    </section>
  );
}
