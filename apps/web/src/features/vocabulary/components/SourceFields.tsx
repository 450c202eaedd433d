import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextField } from '../../../shared/components/form/TextField';
import { useQuery } from '../../../shared/hooks/useQuery';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { SourceOrganizationsDocument } from '../graphql/source-organizations.generated';
import form from '../../../shared/components/form/form.module.css';

/** A definition's source as a form holds it (all strings, as drafts keep them). */
export interface SourceValues {
  sourceTitle: string;
  organizationId: string;
  sourcePublisher: string;
  sourceYear: string;
  sourceUrl: string;
}

export const SOURCE_FIELDS = ['sourceTitle', 'organizationId', 'sourcePublisher', 'sourceYear', 'sourceUrl'] as const;

/** The labels of the source fields, for a form's error summary. */
export const sourceFieldLabels = (t: TFunction): Record<(typeof SOURCE_FIELDS)[number], string> => ({
  sourceTitle: t('term.credit.title'),
  organizationId: t('term.credit.organization'),
  sourcePublisher: t('term.credit.publisher'),
  sourceYear: t('term.credit.year'),
  sourceUrl: t('term.sourceUrl'),
});

/** What the API takes; an empty year or organisation is none. */
export function sourceInput(values: SourceValues) {
  return {
    sourceTitle: values.sourceTitle.trim(),
    sourcePublisher: values.sourcePublisher.trim(),
    sourceYear: values.sourceYear.trim() ? Number(values.sourceYear.trim()) : null,
    organizationId: values.organizationId || null,
    sourceUrl: values.sourceUrl.trim() || null,
  };
}

/** The year, if given, is a whole number of four digits. */
export const validYear = (year: string) => !year.trim() || /^\d{4}$/.test(year.trim());

interface SourceFieldsProps {
  /** Ids of the fields start with this. */
  idPrefix: string;
  values: SourceValues;
  onChange: (field: keyof SourceValues, value: string) => void;
  errors: FieldErrors;
}

/**
 * Who published the source, apart from who enters the definition: an organisation on Werkkennis
 * or an outside party by name, with title, year and link. Nothing here defaults to the author.
 */
export function SourceFields({ idPrefix, values, onChange, errors }: SourceFieldsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(SourceOrganizationsDocument, {});
  const labels = sourceFieldLabels(t);
  const id = (field: keyof SourceValues) => `${idPrefix}-${field}`;
  return (
    <fieldset className={form.section}>
      <legend>{t('term.credit.legend')}</legend>
      <p className="meta">{t('term.credit.intro')}</p>
      <TextField id={id('sourceTitle')} label={labels.sourceTitle} hint={t('term.credit.titleHint')} value={values.sourceTitle} onChange={(value) => onChange('sourceTitle', value)} errors={errors['sourceTitle']} />
      <SelectField
        id={id('organizationId')}
        label={labels.organizationId}
        hint={t('term.credit.organizationHint')}
        value={values.organizationId}
        emptyLabel={t('term.credit.noOrganization')}
        options={(data?.organizations.nodes ?? []).map((organization) => ({ value: organization.id, label: organization.name }))}
        onChange={(value) => onChange('organizationId', value)}
        errors={errors['organizationId']}
      />
      <TextField
        id={id('sourcePublisher')}
        label={labels.sourcePublisher}
        hint={t('term.credit.publisherHint')}
        value={values.sourcePublisher}
        onChange={(value) => onChange('sourcePublisher', value)}
        errors={errors['sourcePublisher']}
      />
      <TextField id={id('sourceYear')} label={labels.sourceYear} inputMode="numeric" maxLength={4} value={values.sourceYear} onChange={(value) => onChange('sourceYear', value)} errors={errors['sourceYear']} />
      <TextField
        id={id('sourceUrl')}
        label={labels.sourceUrl}
        hint={t('term.sourceUrlHint')}
        type="url"
        inputMode="url"
        value={values.sourceUrl}
        onChange={(value) => onChange('sourceUrl', value)}
        errors={errors['sourceUrl']}
      />
    </fieldset>
  );
}
