import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WouldUseAgain } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { useMutation } from '../../../shared/hooks/useMutation';
import { AddPracticeExperienceDocument } from '../graphql/add-practice-experience.generated';
import { FormActions } from '../../../shared/components/form/FormActions';

const ANSWERS: WouldUseAgain[] = ['JA', 'NEE', 'HANGT_ERAF'];
type Field = 'organizationName' | 'targetGroup' | 'whatWorked' | 'whatDidNotWork';

/** Sharing one's own practice experience: the context, what worked and what not, and whether one would use it again. */
export function ExperienceForm({ interventionId, defaultOrganization, onDone }: { interventionId: string; defaultOrganization: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [add, { loading }] = useMutation(AddPracticeExperienceDocument);
  const [values, setValues] = useState<Record<Field, string>>({ organizationName: defaultOrganization, targetGroup: '', whatWorked: '', whatDidNotWork: '' });
  const [wouldUseAgain, setWouldUseAgain] = useState<WouldUseAgain>('JA');
  const fields: FormFields = useMemo(
    () => ({
      organizationName: { id: 'experience-organization', label: t('practiceExperience.organizationName') },
      targetGroup: { id: 'experience-target-group', label: t('practiceExperience.targetGroup') },
      whatWorked: { id: 'experience-worked', label: t('practiceExperience.whatWorked') },
      whatDidNotWork: { id: 'experience-not-worked', label: t('practiceExperience.whatDidNotWork') },
      wouldUseAgain: { id: 'experience-again', label: t('practiceExperience.wouldUseAgain') },
    }),
    [t],
  );
  const problems = useFormProblems(fields);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (Object.keys(values) as Field[]).filter((field) => !values[field].trim());
    await problems.send(Object.fromEntries(missing.map((field) => [field, [t('editor.validation.required')]])), async () => {
      await add({ input: { interventionId, wouldUseAgain, ...values } });
      onDone();
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('practiceExperience.formLabel')}>
      <ErrorSummary items={problems.summary} />
      <TextField {...problems.fieldProps('organizationName')} required value={values.organizationName} onChange={set('organizationName')} />
      <TextField {...problems.fieldProps('targetGroup')} hint={t('practiceExperience.targetGroupHint')} required value={values.targetGroup} onChange={set('targetGroup')} />
      <TextAreaField {...problems.fieldProps('whatWorked')} required rows={3} value={values.whatWorked} onChange={set('whatWorked')} />
      <TextAreaField {...problems.fieldProps('whatDidNotWork')} required rows={3} value={values.whatDidNotWork} onChange={set('whatDidNotWork')} />
      <SelectField
        {...problems.fieldProps('wouldUseAgain')}
        required
        value={wouldUseAgain}
        options={ANSWERS.map((value) => ({ value, label: t(`enums.WouldUseAgain.${value}`) }))}
        onChange={(value) => setWouldUseAgain(value as WouldUseAgain)}
      />
      <FormActions submitLabel={t('practiceExperience.submit')} busy={loading} onCancel={onDone} />
    </form>
  );
}
