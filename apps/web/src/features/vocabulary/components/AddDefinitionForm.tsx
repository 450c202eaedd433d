import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useAddDefinition } from '../hooks/useAddDefinition';
import { PERSPECTIVES } from '../lib/perspectives';
import form from '../../../shared/components/form/form.module.css';

interface AddDefinitionFormProps {
  termId: string;
}

export function AddDefinitionForm({ termId }: AddDefinitionFormProps) {
  const { t } = useTranslation();
  const [perspective, setPerspective] = useState<Perspective | ''>('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [saved, setSaved] = useState(false);
  const [addDefinition, { loading }] = useAddDefinition();
  const fields: FormFields = useMemo(
    () => ({
      perspective: { id: 'definition-perspective', label: t('term.perspective') },
      text: { id: 'definition-text', label: t('term.definitionText') },
      source: { id: 'definition-source', label: t('term.sourceField') },
      sourceUrl: { id: 'definition-source-url', label: t('term.sourceUrl') },
    }),
    [t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const errors: FieldErrors = {};
    if (!perspective) errors['perspective'] = [t('editor.validation.required')];
    if (!text.trim()) errors['text'] = [t('editor.validation.required')];
    if (!problems.acceptClientCheck(errors) || !perspective) return;
    try {
      await addDefinition({
        input: { termId, perspective, text: text.trim(), source: source.trim() || undefined, sourceUrl: sourceUrl.trim() || undefined },
      });
      setPerspective('');
      setText('');
      setSource('');
      setSourceUrl('');
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
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={problems.summary} />
        <SelectField
          id="definition-perspective"
          label={t('term.perspective')}
          required
          value={perspective}
          emptyLabel={t('term.choosePerspective')}
          options={PERSPECTIVES.map((value) => ({ value, label: t(`enums.Perspective.${value}`) }))}
          onChange={(value) => setPerspective(value as Perspective | '')}
          errors={problems.fieldErrors['perspective']}
        />
        <TextAreaField
          id="definition-text"
          label={t('term.definitionText')}
          required
          rows={5}
          value={text}
          onChange={setText}
          errors={problems.fieldErrors['text']}
        />
        <TextField
          id="definition-source"
          label={t('term.sourceField')}
          hint={t('term.sourceHint')}
          value={source}
          onChange={setSource}
          errors={problems.fieldErrors['source']}
        />
        <TextField
          id="definition-source-url"
          label={t('term.sourceUrl')}
          hint={t('term.sourceUrlHint')}
          type="url"
          inputMode="url"
          value={sourceUrl}
          onChange={setSourceUrl}
          errors={problems.fieldErrors['sourceUrl']}
        />
        <div className={form.actions}>
          <button type="submit" className="button" disabled={loading}>
            {t('term.saveDefinition')}
          </button>
        </div>
      </form>
    </section>
  );
}
