import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { type EnumName, useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { linesToList } from '../../../shared/lib/lines';
import { useAddFinding } from '../hooks/useAddFinding';
import form from '../../../shared/components/form/form.module.css';

const KINDS: FindingKind[] = ['EFFECT', 'PREDICTOR', 'IMPLEMENTATION', 'EXPERIENCE'];
const OUTCOMES: FindingOutcome[] = [
  'SUSTAINED_RETURN_TO_WORK',
  'BENEFIT_OUTFLOW',
  'TRUST',
  'JOB_SATISFACTION',
  'WELLBEING',
  'SELF_EFFICACY',
  'ECONOMIC_RESILIENCE',
  'EMPLOYER_INCLUSION',
  'PROFESSIONAL_PRACTICE',
];
const DESIGNS: StudyDesign[] = ['RCT', 'QUASI_EXPERIMENT', 'COHORT', 'SURVEY', 'QUALITATIVE', 'MIXED_METHODS'];
const DIRECTIONS: EffectDirection[] = ['POSITIVE', 'NEGATIVE', 'NO_EFFECT', 'MIXED'];

interface FindingValues {
  title: string;
  summary: string;
  kind: FindingKind;
  outcome: FindingOutcome | '';
  design: StudyDesign | '';
  population: string;
  sampleSize: string;
  effectDirection: EffectDirection | '';
  effectSize: string;
  documentLinks: string;
}

const EMPTY: FindingValues = {
  title: '',
  summary: '',
  kind: 'EFFECT',
  outcome: '',
  design: '',
  population: '',
  sampleSize: '',
  effectDirection: '',
  effectSize: '',
  documentLinks: '',
};

const fieldId = (field: keyof FindingValues) => `finding-${field}`;

interface FindingFormProps {
  projectId: string;
  onDirtyChange: (dirty: boolean) => void;
}

export function FindingForm({ projectId, onDirtyChange }: FindingFormProps) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState(false);
  const [addFinding, { loading }] = useAddFinding();
  const dirty = JSON.stringify(values) !== JSON.stringify(EMPTY);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const fields: FormFields = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(EMPTY) as (keyof FindingValues)[]).map((field) => [field, { id: fieldId(field), label: t(`editor.findingFields.${field}`) }]),
      ),
    [t],
  );
  const problems = useFormProblems(fields);
  const set =
    <K extends keyof FindingValues>(field: K) =>
    (value: FindingValues[K]) => {
      setAdded(false);
      setValues((current) => ({ ...current, [field]: value }));
    };
  const optionsOf = (values: string[], enumName: EnumName) => values.map((value) => ({ value, label: enumLabel(enumName, value) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!values.title.trim()) errors['title'] = [t('editor.validation.required')];
    if (!values.summary.trim()) errors['summary'] = [t('editor.validation.required')];
    const sampleSize = values.sampleSize.trim() ? Number(values.sampleSize) : undefined;
    if (sampleSize !== undefined && (!Number.isInteger(sampleSize) || sampleSize < 1)) errors['sampleSize'] = [t('editor.validation.sampleSize')];
    if (!problems.acceptClientCheck(errors)) return;
    try {
      await addFinding({
        input: {
          projectId,
          title: values.title.trim(),
          summary: values.summary.trim(),
          kind: values.kind,
          outcome: values.outcome || undefined,
          design: values.design || undefined,
          population: values.population.trim() || undefined,
          sampleSize,
          effectDirection: values.effectDirection || undefined,
          effectSize: values.effectSize.trim() || undefined,
          documentLinks: linesToList(values.documentLinks),
        },
      });
      setValues(EMPTY);
      setAdded(true);
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <form className={form.panel} onSubmit={submit} noValidate aria-labelledby="add-finding-heading">
      <h3 id="add-finding-heading">{t('editor.addFinding')}</h3>
      <p role="status" className={added ? 'notice notice--success' : 'visually-hidden'}>
        {added ? t('editor.findingAdded') : ''}
      </p>
      <ErrorSummary items={problems.summary} />
      <TextField id={fieldId('title')} label={t('editor.findingFields.title')} required value={values.title} onChange={set('title')} errors={problems.fieldErrors['title']} />
      <TextAreaField id={fieldId('summary')} label={t('editor.findingFields.summary')} required value={values.summary} onChange={set('summary')} errors={problems.fieldErrors['summary']} />
      <div className={form.row}>
        <SelectField id={fieldId('kind')} label={t('editor.findingFields.kind')} value={values.kind} options={optionsOf(KINDS, 'FindingKind')} onChange={(v) => set('kind')(v as FindingKind)} errors={problems.fieldErrors['kind']} />
        <SelectField
          id={fieldId('outcome')}
          label={t('editor.findingFields.outcome')}
          value={values.outcome}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(OUTCOMES, 'FindingOutcome')}
          onChange={(v) => set('outcome')(v as FindingOutcome | '')}
          errors={problems.fieldErrors['outcome']}
        />
        <SelectField
          id={fieldId('design')}
          label={t('editor.findingFields.design')}
          value={values.design}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(DESIGNS, 'StudyDesign')}
          onChange={(v) => set('design')(v as StudyDesign | '')}
          errors={problems.fieldErrors['design']}
        />
      </div>
      <div className={form.row}>
        <TextField id={fieldId('population')} label={t('editor.findingFields.population')} value={values.population} onChange={set('population')} errors={problems.fieldErrors['population']} />
        <TextField
          id={fieldId('sampleSize')}
          label={t('editor.findingFields.sampleSize')}
          type="number"
          inputMode="numeric"
          min={1}
          value={values.sampleSize}
          onChange={set('sampleSize')}
          errors={problems.fieldErrors['sampleSize']}
        />
      </div>
      <div className={form.row}>
        <SelectField
          id={fieldId('effectDirection')}
          label={t('editor.findingFields.effectDirection')}
          value={values.effectDirection}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(DIRECTIONS, 'EffectDirection')}
          onChange={(v) => set('effectDirection')(v as EffectDirection | '')}
          errors={problems.fieldErrors['effectDirection']}
        />
        <TextField
          id={fieldId('effectSize')}
          label={t('editor.findingFields.effectSize')}
          hint={t('editor.findingFields.effectSizeHint')}
          value={values.effectSize}
          onChange={set('effectSize')}
          errors={problems.fieldErrors['effectSize']}
        />
      </div>
      <TextAreaField
        id={fieldId('documentLinks')}
        label={t('editor.findingFields.documentLinks')}
        hint={t('common.onePerLine')}
        rows={2}
        value={values.documentLinks}
        onChange={set('documentLinks')}
        errors={problems.fieldErrors['documentLinks']}
      />
      <div className={form.actions}>
        <button type="submit" className="button" disabled={loading}>
          {t('editor.addFinding')}
        </button>
      </div>
    </form>
  );
}
