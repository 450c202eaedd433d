import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../../graphql/schema-types.generated';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import type { AdminOrganization } from '../hooks/useAdminOrganizations';

export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'MUNICIPALITY',
  'UWV',
  'MINISTRY',
  'UNIVERSITY',
  'UNIVERSITY_OF_APPLIED_SCIENCES',
  'KNOWLEDGE_INSTITUTE',
  'SECTOR_ORGANIZATION',
  'FUNDER',
  'EMPLOYER',
  'OTHER',
];

export interface OrganizationValues {
  name: string;
  kind: OrganizationKind;
  region: string | null;
  website: string | null;
}

interface OrganizationFormProps {
  /** The organisation being edited; none for a new one. */
  organization?: AdminOrganization;
  busy: boolean;
  onSubmit: (values: OrganizationValues) => Promise<void>;
}

/** Name, kind, region and website of an organisation; problems per field, from the browser or the API. */
export function OrganizationForm({ organization, busy, onSubmit }: OrganizationFormProps) {
  const { t } = useTranslation();
  const prefix = organization ? `organization-${organization.id}` : 'organization-new';
  const [name, setName] = useState(organization?.name ?? '');
  const [kind, setKind] = useState<OrganizationKind | ''>(organization?.kind ?? '');
  const [region, setRegion] = useState(organization?.region ?? '');
  const [website, setWebsite] = useState(organization?.website ?? '');
  const fields: FormFields = useMemo(
    () => ({
      name: { id: `${prefix}-name`, label: t('admin.organizations.name') },
      kind: { id: `${prefix}-kind`, label: t('admin.organizations.kind') },
      region: { id: `${prefix}-region`, label: t('admin.organizations.region') },
      website: { id: `${prefix}-website`, label: t('admin.organizations.website') },
    }),
    [t, prefix],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!name.trim()) errors['name'] = [t('editor.validation.required')];
    if (!kind) errors['kind'] = [t('admin.organizations.kindRequired')];
    await problems.send(errors, async () => {
      // The check above refused an empty kind.
      await onSubmit({ name: name.trim(), kind: kind as OrganizationKind, region: region.trim() || null, website: website.trim() || null });
      if (!organization) {
        setName('');
        setKind('');
        setRegion('');
        setWebsite('');
      }
    });
  };

  return (
    <NarrowForm
      onSubmit={submit}
      summary={problems.summary}
      submitLabel={organization ? t('admin.organizations.save') : t('admin.organizations.add')}
      busyLabel={t('admin.saving')}
      busy={busy}
      primary
    >
      <TextField {...problems.fieldProps('name')} autoComplete="off" required value={name} onChange={setName} />
      <SelectField
        {...problems.fieldProps('kind')}
        required
        value={kind}
        emptyLabel={t('admin.organizations.chooseKind')}
        options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`enums.OrganizationKind.${value}`) }))}
        onChange={(value) => setKind(value as OrganizationKind | '')}
      />
      <TextField {...problems.fieldProps('region')} hint={t('admin.organizations.regionHint')} autoComplete="off" value={region} onChange={setRegion} />
      <TextField {...problems.fieldProps('website')} hint={t('admin.organizations.websiteHint')} type="url" autoComplete="off" value={website} onChange={setWebsite} />
    </NarrowForm>
  );
}
