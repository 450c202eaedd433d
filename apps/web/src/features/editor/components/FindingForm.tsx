import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
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
import type { EditableProjectQuery } from '../graphql/editable-project.generated';
import { useAddFinding } from '../hooks/useAddFinding';
import { useCorrectFinding } from '../hooks/useCorrectFinding';
import { FormActions } from '../../../shared/components/form/FormActions';
import form from '../../../shared/components/form/form.module.css';

export type EditableFinding = EditableProjectQuery['project']['findings'][number];

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
  /** Only for a correction: why, shown to readers with the result. */
  reason: string;
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
  reason: '',
};

/** The form prefilled with the result as it now reads. */
const valuesOf = (finding: EditableFinding): FindingValues => ({
  title: finding.title,
  summary: finding.summary,
  kind: finding.kind,
  outcome: finding.outcome ?? '',
  design: finding.design ?? '',
  population: finding.population,
  sampleSize: finding.sampleSize === null ? '' : String(finding.sampleSize),
  effectDirection: finding.effectDirection ?? '',
  effectSize: finding.effectSize ?? '',
  documentLinks: finding.documentLinks.join('\n'),
  reason: '',
});

type FindingFormProps = {
  onDirtyChange: (dirty: boolean) => void;
} & (
  | { projectId: string; correcting?: undefined }
  | {
      /** Correct this result: the form starts from it and asks why. */
      correcting: EditableFinding;
      onCorrected: () => void;
      onCancel: () => void;
    }
);

/** Adds a result to a project, or corrects one (prefilled, with a required reason readers will see). */
export function FindingForm(props: FindingFormProps) {
  const { onDirtyChange, correcting } = props;
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const initial = useMemo(() => (correcting ? valuesOf(correcting) : EMPTY), [correcting]);
  const [values, setValues] = useState(initial);
  const [added, setAdded] = useState(false);
  const [addFinding, adding] = useAddFinding();
  const [correctFinding, saving] = useCorrectFinding();
  const loading = adding.loading || saving.loading;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // Two forms can be open at once (add, and a correction): each has its own ids.
  const prefix = useId();
  const headingId = `${prefix}finding-heading`;
  const heading = useRef<HTMLHeadingElement>(null);
  // A correction form opens in place of a button: focus moves to it.
  useEffect(() => {
    if (correcting) heading.current?.focus();
  }, [correcting]);

  const fields: FormFields = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(EMPTY) as (keyof FindingValues)[]).map((field) => [field, { id: `${prefix}finding-${field}`, label: t(`editor.findingFields.${field}`) }]),
      ),
    [t, prefix],
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
    if (correcting && !values.reason.trim()) errors['reason'] = [t('editor.validation.correctionReason')];
    await problems.send(errors, async () => {
      if (props.correcting) {
        // The whole result as it should read: an emptied optional field is cleared (null).
        await correctFinding({
          id: props.correcting.id,
          input: {
            title: values.title.trim(),
            summary: values.summary.trim(),
            kind: values.kind,
            outcome: values.outcome || null,
            design: values.design || null,
            population: values.population.trim(),
            sampleSize: sampleSize ?? null,
            effectDirection: values.effectDirection || null,
            effectSize: values.effectSize.trim() || null,
            documentLinks: linesToList(values.documentLinks),
            reason: values.reason.trim(),
          },
        });
        props.onCorrected();
        return;
      }
      await addFinding({
        input: {
          projectId: props.projectId,
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
    });
  };

  return (
    <form className={form.panel} onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {correcting ? t('editor.correctFindingNamed', { title: correcting.title }) : t('editor.addFinding')}
      </h3>
      {correcting ? (
        <p>{t('editor.correctFindingIntro')}</p>
      ) : (
        <p role="status" className={added ? 'notice notice--success' : 'visually-hidden'}>
          {added ? t('editor.findingAdded') : ''}
        </p>
      )}
      <ErrorSummary items={problems.summary} />
      <TextField {...problems.fieldProps('title')} required value={values.title} onChange={set('title')} />
      <TextAreaField {...problems.fieldProps('summary')} required value={values.summary} onChange={set('summary')} />
      <div className={form.row}>
        <SelectField {...problems.fieldProps('kind')} value={values.kind} options={optionsOf(KINDS, 'FindingKind')} onChange={(v) => set('kind')(v as FindingKind)} />
        <SelectField
          {...problems.fieldProps('outcome')}
          value={values.outcome}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(OUTCOMES, 'FindingOutcome')}
          onChange={(v) => set('outcome')(v as FindingOutcome | '')}
        />
        <SelectField
          {...problems.fieldProps('design')}
          value={values.design}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(DESIGNS, 'StudyDesign')}
          onChange={(v) => set('design')(v as StudyDesign | '')}
        />
      </div>
      <div className={form.row}>
        <TextField {...problems.fieldProps('population')} value={values.population} onChange={set('population')} />
        <TextField
          {...problems.fieldProps('sampleSize')}
          type="number"
          inputMode="numeric"
          min={1}
          value={values.sampleSize}
          onChange={set('sampleSize')}
        />
      </div>
      <div className={form.row}>
        <SelectField
          {...problems.fieldProps('effectDirection')}
          value={values.effectDirection}
          emptyLabel={t('editor.findingFields.notSpecified')}
          options={optionsOf(DIRECTIONS, 'EffectDirection')}
          onChange={(v) => set('effectDirection')(v as EffectDirection | '')}
        />
        <TextField
          {...problems.fieldProps('effectSize')}
          hint={t('editor.findingFields.effectSizeHint')}
          value={values.effectSize}
          onChange={set('effectSize')}
        />
      </div>
      <TextAreaField
        {...problems.fieldProps('documentLinks')}
        hint={t('common.onePerLine')}
        rows={2}
        value={values.documentLinks}
        onChange={set('documentLinks')}
      />
      {correcting && (
        <TextAreaField
          {...problems.fieldProps('reason')}
          hint={t('editor.findingFields.reasonHint')}
          required
          rows={2}
          value={values.reason}
          onChange={set('reason')}
        />
      )}
      <FormActions submitLabel={correcting ? t('editor.saveCorrection') : t('editor.addFinding')} busy={loading} onCancel={props.correcting ? props.onCancel : undefined} />
    </form>
  );
}
