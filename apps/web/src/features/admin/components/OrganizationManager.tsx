import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AdminOrganization, useAdminOrganizations } from '../hooks/useAdminOrganizations';
import { ManagedList, useAnnouncement } from './ManagedList';
import { OrganizationForm, type OrganizationValues } from './OrganizationForm';
import form from '../../../shared/components/form/form.module.css';
import table from '../../../shared/styles/table.module.css';

/** Organisations in the admin screen: add one, or edit the name, kind, region and website of one. */
export function OrganizationManager() {
  const { t } = useTranslation();
  const organizations = useAdminOrganizations();
  const [editing, setEditing] = useState<AdminOrganization | null>(null);
  const announcement = useAnnouncement();

  const add = async (values: OrganizationValues) => {
    const created = await organizations.create(values);
    announcement.announce(t('admin.organizations.added', { name: created.name }));
  };
  const save = async (values: OrganizationValues) => {
    const saved = await organizations.update(editing!.id, values);
    setEditing(null);
    announcement.announce(t('admin.organizations.saved', { name: saved.name }));
  };

  return (
    <ManagedList
      name="organizations"
      heading={t('admin.organizations.heading')}
      intro={t('admin.organizations.intro')}
      adding={
        <section className={form.panel} aria-labelledby="organization-new-heading">
          <h3 id="organization-new-heading">{t('admin.organizations.newHeading')}</h3>
          <OrganizationForm busy={organizations.busy} onSubmit={add} />
        </section>
      }
      editing={
        editing && {
          heading: t('admin.organizations.editHeading', { name: editing.name }),
          form: <OrganizationForm key={editing.id} organization={editing} busy={organizations.busy} onSubmit={save} />,
          onCancel: () => setEditing(null),
        }
      }
      announcement={announcement}
      list={organizations}
      caption={t('admin.organizations.caption')}
      rowKey={(organization) => organization.id}
      columns={[
        { header: t('admin.organizations.name'), cell: (organization) => <Link to={`/organisaties/${organization.slug}`}>{organization.name}</Link> },
        { header: t('admin.organizations.kind'), cell: (organization) => t(`enums.OrganizationKind.${organization.kind}`) },
        { header: t('admin.organizations.region'), cell: (organization) => organization.region ?? '—' },
        {
          header: t('admin.columnActions'),
          className: table.actions,
          cell: (organization) => (
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('admin.organizations.editNamed', { name: organization.name })}
              onClick={() => {
                setEditing(organization);
                requestAnimationFrame(() => document.getElementById(`organization-${organization.id}-name`)?.focus());
              }}
            >
              {t('admin.organizations.edit')}
            </button>
          ),
        },
      ]}
    />
  );
}
