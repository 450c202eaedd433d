import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, TargetGroup } from '../../../graphql/schema-types.generated';
import { CheckboxGroupField } from '../../../shared/components/form/CheckboxGroupField';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { readDraft, rebaseDraft, removeDraft, writeDraft } from '../../../shared/lib/form-drafts';
import type { EditableProjectQuery } from '../graphql/editable-project.generated';
import type { ProjectFormOptionsQuery } from '../graphql/project-form-options.generated';
import { type EditorialStep, type SavedProject, useSaveProject } from '../hooks/useSaveProject';
import {
  EMPTY_PROJECT,
  type ProjectField,
  type ProjectFormValues,
  sameValues,
  validateProject,
  valuesFromProject,
} from '../lib/project-form-values';
import { ThemePicker } from './ThemePicker';
import form from '../../../shared/components/form/form.module.css';
import styles from './ProjectForm.module.css';

const STATUSES: ProjectStatus[] = ['PLANNED', 'START_UP', 'RUNNING', 'COMPLETED', 'STOPPED'];
const TARGET_GROUPS: TargetGroup[] = [
  'WW',
  'PARTICIPATIEWET',
  'WIA',
  'WAJONG',
  'ZIEKTEWET',
  'OLDER_JOBSEEKERS',
  'SINGLE_PARENTS',
  'HEALTH_COMPLAINTS',
  'YOUNG_ADULTS',
  'NEWCOMERS',
  'EMPLOYED',
];

const fieldId = (field: ProjectField) => `project-${field}`;

interface ProjectFormProps {
  project: EditableProjectQuery['project'] | undefined;
  options: ProjectFormOptionsQuery;
  /** Admins write for any organisation and choose the lead; editors write for their own. */
  choosesLeadOrganization: boolean;
  /** The title a new project starts with; the person can change it before saving. */
  suggestedTitle: string;
  /** Where unsaved input is kept until it is saved (see form-drafts). */
  draftKey: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (saved: SavedProject, step: EditorialStep) => void;
}

export function ProjectForm({ project, options, choosesLeadOrganization, suggestedTitle, draftKey, onDirtyChange, onSaved }: ProjectFormProps) {
  const { t } = useTranslation();
  // The parent mounts a new form per project, so the first values are all this form needs.
  const [baseline, setBaseline] = useState(() => (project ? valuesFromProject(project) : { ...EMPTY_PROJECT, title: suggestedTitle }));
  const [restoredDraft] = useState(() => {
    const draft = readDraft(draftKey, EMPTY_PROJECT);
    const restored = draft && rebaseDraft(draft, baseline);
    return restored && !sameValues(restored, baseline) ? restored : null;
  });
  const [values, setValues] = useState(restoredDraft ?? baseline);
  const [showRestored, setShowRestored] = useState(!!restoredDraft);
  const dirty = !sameValues(values, baseline);
  const { save, saving } = useSaveProject();

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (dirty) writeDraft(draftKey, { values, basis: baseline });
    else removeDraft(draftKey);
  }, [dirty, draftKey, values, baseline]);

  const discardDraft = () => {
    setValues(baseline);
    setShowRestored(false);
  };

  const fields: FormFields = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(EMPTY_PROJECT) as ProjectField[]).map((field) => [field, { id: fieldId(field), label: t(`editor.fields.${field}`) }]),
      ),
    [t],
  );
  const problems = useFormProblems(fields);
  const set =
    <K extends ProjectField>(field: K) =>
    (value: ProjectFormValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  const submit = async (step: EditorialStep) => {
    const clientErrors = validateProject(values, {
      required: t('editor.validation.required'),
      durationMonths: t('editor.validation.durationMonths'),
      startDate: t('editor.validation.startDate'),
    });
    await problems.send(clientErrors, async () => {
      const saved = await save(project?.id, values, step);
      // Now, not in an effect: a new project's form is replaced right away by the saved one's.
      removeDraft(draftKey);
      setShowRestored(false);
      setBaseline(values);
      onSaved(saved, step);
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit('save');
  };

  const state = project?.state;
  const textField = (field: 'reason' | 'background' | 'goal' | 'expectedResults') => (
    <TextAreaField {...problems.fieldProps(field)} rows={5} value={values[field]} onChange={set(field)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={saving}>
      <ErrorSummary items={problems.summary} />
      {showRestored && (
        <div className="notice" role="status">
          <p>{t('editor.draftRestored')}</p>
          <button type="button" className="button button--quiet" onClick={discardDraft}>
            {t('editor.discardDraft')}
          </button>
        </div>
      )}

      <fieldset className={form.section}>
        <legend>{t('editor.sections.basics')}</legend>
        <TextField {...problems.fieldProps('title')} required value={values.title} onChange={set('title')} />
        <TextAreaField
          {...problems.fieldProps('summary')}
          hint={t('editor.fields.summaryHint')}
          required
          rows={3}
          value={values.summary}
          onChange={set('summary')}
        />
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t('editor.sections.content')}</legend>
        {textField('reason')}
        {textField('background')}
        {textField('goal')}
        {textField('expectedResults')}
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t('editor.sections.planning')}</legend>
        <div className={form.row}>
          <SelectField
            {...problems.fieldProps('status')}
            required
            value={values.status}
            options={STATUSES.map((status) => ({ value: status, label: t(`enums.ProjectStatus.${status}`) }))}
            onChange={(value) => set('status')(value as ProjectStatus)}
          />
          <TextField {...problems.fieldProps('startDate')} type="date" value={values.startDate} onChange={set('startDate')} />
          <TextField
            {...problems.fieldProps('durationMonths')}
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={values.durationMonths}
            onChange={set('durationMonths')}
          />
        </div>
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t('editor.sections.people')}</legend>
        <TextAreaField {...problems.fieldProps('leads')} hint={t('common.onePerLine')} rows={3} value={values.leads} onChange={set('leads')} />
        <TextAreaField {...problems.fieldProps('funders')} hint={t('editor.fields.fundersHint')} rows={3} value={values.funders} onChange={set('funders')} />
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t('editor.sections.organizations')}</legend>
        {choosesLeadOrganization && !project && (
          <SelectField
            {...problems.fieldProps('organizationId')}
            required
            value={values.organizationId}
            emptyLabel={t('editor.fields.chooseOrganization')}
            options={options.organizations.nodes.map((o) => ({ value: o.id, label: o.name }))}
            onChange={set('organizationId')}
          />
        )}
        <CheckboxGroupField
          {...problems.fieldProps('partnerOrganizationIds')}
          values={values.partnerOrganizationIds}
          options={options.organizations.nodes
            .filter((o) => o.id !== (project?.leadOrganization.id ?? values.organizationId))
            .map((o) => ({ value: o.id, label: `${o.name} (${t(`enums.OrganizationKind.${o.kind}`)})` }))}
          onChange={set('partnerOrganizationIds')}
        />
        <SelectField
          {...problems.fieldProps('networkId')}
          value={values.networkId}
          emptyLabel={t('editor.fields.noNetwork')}
          options={options.learningNetworks.nodes.map((n) => ({ value: n.id, label: n.name }))}
          onChange={set('networkId')}
        />
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t('editor.sections.classification')}</legend>
        <ThemePicker
          {...problems.fieldProps('themes')}
          options={options.themes.map((theme) => theme.name)}
          values={values.themes}
          onChange={set('themes')}
        />
        <CheckboxGroupField
          {...problems.fieldProps('targetGroups')}
          values={values.targetGroups}
          options={TARGET_GROUPS.map((group) => ({ value: group, label: t(`enums.TargetGroup.${group}`) }))}
          onChange={(next) => set('targetGroups')(next as TargetGroup[])}
        />
        <CheckboxGroupField
          {...problems.fieldProps('interventionIds')}
          values={values.interventionIds}
          options={options.interventions.nodes.map((i) => ({ value: i.id, label: i.name }))}
          onChange={set('interventionIds')}
        />
      </fieldset>

      <div className={`${form.actions} ${styles.stickyActions}`}>
        <button type="submit" className="button" disabled={saving}>
          {state === 'PUBLISHED' || state === 'ARCHIVED' ? t('editor.save') : t('editor.saveDraft')}
        </button>
        {state !== 'PUBLISHED' && (
          <button type="button" className="button button--primary" disabled={saving} onClick={() => submit('publish')}>
            {t('editor.saveAndPublish')}
          </button>
        )}
        {state === 'PUBLISHED' && (
          <button type="button" className="button button--danger" disabled={saving} aria-describedby="archive-hint" onClick={() => submit('archive')}>
            {t('editor.archive')}
          </button>
        )}
        {saving && <span role="status">{t('editor.saving')}</span>}
      </div>
      {state === 'PUBLISHED' && (
        <p id="archive-hint" className={form.hint}>
          {t('editor.archiveConfirm')}
        </p>
      )}
    </form>
  );
}
