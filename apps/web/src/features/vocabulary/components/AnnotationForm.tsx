import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { FieldHintAndError, FieldLabelText } from '../../../shared/components/form/FieldShell';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { linesToList } from '../../../shared/lib/lines';
import { useAnnotateDefinition } from '../hooks/useAnnotateDefinition';
import { MotivationIcon } from './MotivationIcon';
import form from '../../../shared/components/form/form.module.css';
import styles from './AnnotationForm.module.css';
import { MOTIVATION_COLOUR } from './motivations';
import vocabulary from './vocabulary.module.css';

const MOTIVATIONS: AnnotationMotivation[] = ['SUPPORTING', 'CONTESTING', 'QUESTIONING', 'COMMENTING', 'LINKING'];

/** Several annotation forms can be open on one page; ids stay unique per definition. */
const fieldId = (definitionId: string, field: string) => `annotation-${definitionId}-${field}`;

interface AnnotationFormProps {
  definitionId: string;
  perspectiveLabel: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function AnnotationForm({ definitionId, perspectiveLabel, onDone, onCancel }: AnnotationFormProps) {
  const { t } = useTranslation();
  const id = (field: string) => fieldId(definitionId, field);
  const [motivation, setMotivation] = useState<AnnotationMotivation>('SUPPORTING');
  const [body, setBody] = useState('');
  const [references, setReferences] = useState('');
  const [annotate, { loading }] = useAnnotateDefinition();
  const fields: FormFields = useMemo(
    () => ({
      motivation: { id: fieldId(definitionId, 'motivation'), label: t('term.motivation') },
      body: { id: fieldId(definitionId, 'body'), label: t('term.body') },
      references: { id: fieldId(definitionId, 'references'), label: t('term.referencesField') },
    }),
    [definitionId, t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!problems.acceptClientCheck(body.trim() ? {} : { body: [t('editor.validation.required')] })) return;
    try {
      await annotate({ input: { definitionId, motivation, body: body.trim(), references: linesToList(references) } });
      onDone(t('term.annotationSaved'));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-label={t('term.annotateDefinition', { perspective: perspectiveLabel })}>
      <ErrorSummary items={problems.summary} />
      <fieldset id={id('motivation')} tabIndex={-1} className={`${form.field} ${styles.motivations}`}>
        <legend className={form.label}>
          <FieldLabelText label={t('term.motivation')} required />
        </legend>
        <FieldHintAndError id={id('motivation')} label={t('term.motivation')} errors={problems.fieldErrors['motivation']} />
        {MOTIVATIONS.map((value) => (
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
        <button type="submit" className="button" disabled={loading}>
          {t('term.saveAnnotation')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
