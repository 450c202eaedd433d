import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { type AdminOrganization, useAdminOrganizations } from '../hooks/useAdminOrganizations';
import { OrganizationForm, type OrganizationValues } from './OrganizationForm';
import form from '../../../shared/components/form/form.module.css';
import table from '../../../shared/styles/table.module.css';
import styles from './ThemeManager.module.css';

/** Organisations in the admin screen: add one, or edit the name, kind, region and website of one. */
export function OrganizationManager() {
  const { t } = useTranslation();
  const organizations = useAdminOrganizations();
  const [editing, setEditing] = useState<AdminOrganization | null>(null);
  const [done, setDone] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  const announce = (message: string) => {
    setDone(message);
    requestAnimationFrame(() => status.current?.focus());
  };

  const add = async (values: OrganizationValues) => {
    const created = await organizations.create(values);
    announce(t('admin.organizations.added', { name: created.name }));
  };
  const save = async (values: OrganizationValues) => {
    const saved = await organizations.update(editing!.id, values);
    setEditing(null);
    announce(t('admin.organizations.saved', { name: saved.name }));
  };

  return (
    <section aria-labelledby="organizations-heading">
      <h2 id="organizations-heading">{t('admin.organizations.heading')}</h2>
      <p>{t('admin.organizations.intro')}</p>
      <section className={form.panel} aria-labelledby="organization-new-heading">
        <h3 id="organization-new-heading">{t('admin.organizations.newHeading')}</h3>
        <OrganizationForm busy={organizations.busy} onSubmit={add} />
      </section>
      <p ref={status} tabIndex={-1} role="status" className={styles.status}>
        {done}
      </p>
      {editing && (
        <section className={form.panel} aria-labelledby="organization-edit-heading">
          <h3 id="organization-edit-heading">{t('admin.organizations.editHeading', { name: editing.name })}</h3>
          <OrganizationForm key={editing.id} organization={editing} busy={organizations.busy} onSubmit={save} />
          <button type="button" className="button button--quiet" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        </section>
      )}
      {organizations.error && !organizations.data ? (
        <ErrorState error={organizations.error} onRetry={() => organizations.refetch()} />
      ) : !organizations.data ? (
        <LoadingState />
      ) : (
        <div className={table.wrapper} role="region" aria-labelledby="organizations-caption" tabIndex={0}>
          <table className={table.table}>
            <caption id="organizations-caption" className="visually-hidden">
              {t('admin.organizations.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.organizations.name')}</th>
                <th scope="col">{t('admin.organizations.kind')}</th>
                <th scope="col">{t('admin.organizations.region')}</th>
                <th scope="col">{t('admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.data.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row">
                    <Link to={`/organisaties/${organization.slug}`}>{organization.name}</Link>
                  </th>
                  <td>{t(`enums.OrganizationKind.${organization.kind}`)}</td>
                  <td>{organization.region ?? '—'}</td>
                  <td className={table.actions}>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
