import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../graphql/schema-types.generated';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { useInviteOptions } from '../hooks/useInviteOptions';
import { useInviteUser } from '../hooks/useInviteUser';
import { ROLES } from '../lib/roles';
import { type Invitation, InvitationLink } from './InvitationLink';
import form from '../../../shared/components/form/form.module.css';

/** Invites someone by e-mail, name, role and organisation; shows the link to pass on. */
export function InviteUserForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [organizationId, setOrganizationId] = useState('');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const options = useInviteOptions();
  const { invite, loading } = useInviteUser();
  const fields: FormFields = useMemo(
    () => ({
      email: { id: 'invite-email', label: t('admin.invite.email') },
      name: { id: 'invite-name', label: t('admin.invite.name') },
      role: { id: 'invite-role', label: t('admin.invite.role') },
      organizationId: { id: 'invite-organization', label: t('admin.invite.organization') },
    }),
    [t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors['email'] = [t('auth.emailRequired')];
    if (!name.trim()) errors['name'] = [t('editor.validation.required')];
    if (!role) errors['role'] = [t('admin.invite.roleRequired')];
    await problems.send(errors, async () => {
      // The check above refused an empty role.
      const link = await invite({ email: email.trim(), name: name.trim(), role: role as Role, organizationId: organizationId || undefined });
      setInvitation({ ...link, name: name.trim(), email: email.trim() });
      setEmail('');
      setName('');
      setRole('');
      setOrganizationId('');
    });
  };

  return (
    <section className={form.panel} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('admin.invite.heading')}</h2>
      <p>{t('admin.invite.intro')}</p>
      {invitation && <InvitationLink key={invitation.url} invitation={invitation} />}
      <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('admin.invite.submit')} busyLabel={t('admin.invite.submitting')} busy={loading} primary>
        <TextField {...problems.fieldProps('email')} type="email" autoComplete="off" required value={email} onChange={setEmail} />
        <TextField {...problems.fieldProps('name')} autoComplete="off" required value={name} onChange={setName} />
        <SelectField
          {...problems.fieldProps('role')}
          required
          value={role}
          emptyLabel={t('admin.invite.chooseRole')}
          options={ROLES.map((value) => ({ value, label: t(`enums.Role.${value}`) }))}
          onChange={(value) => setRole(value as Role | '')}
        />
        <SelectField
          {...problems.fieldProps('organizationId')}
          hint={options.error ? t('admin.invite.organizationsFailed') : t('admin.invite.organizationHint')}
          value={organizationId}
          emptyLabel={t('admin.invite.noOrganization')}
          options={(options.data?.organizations.nodes ?? []).map((organization) => ({ value: organization.id, label: organization.name }))}
          onChange={setOrganizationId}
        />
      </NarrowForm>
    </section>
  );
}
