import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../graphql/schema-types.generated';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import type { AdminUsersQuery } from '../graphql/users.generated';
import { useAdminUsers } from '../hooks/useAdminUsers';
import { useManageUser } from '../hooks/useManageUser';
import { ROLES } from '../lib/roles';
import { DeactivateUserDialog } from './DeactivateUserDialog';
import { type Invitation, InvitationLink } from './InvitationLink';
import form from '../../../shared/components/form/form.module.css';
import table from '../../../shared/styles/table.module.css';
import styles from './UserTable.module.css';

type User = AdminUsersQuery['users']['nodes'][number];
type RowMessage = { kind: 'error' | 'success'; text: string };

const messageId = (user: User) => `account-${user.id}-message`;

/** Moves focus to a row's message once it is rendered, so the outcome is read out where it happened. */
const focusMessage = (user: User) => requestAnimationFrame(() => document.getElementById(messageId(user))?.focus());

interface UserRowProps {
  user: User;
  isSelf: boolean;
  message: RowMessage | undefined;
  busy: boolean;
  onChangeRole: (user: User, role: Role) => void;
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
  onResendInvitation: (user: User) => void;
}

function UserRow({ user, isSelf, message, busy, onChangeRole, onDeactivate, onReactivate, onResendInvitation }: UserRowProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const selectId = `account-${user.id}-role`;
  return (
    <tr className={user.active ? undefined : styles.inactive}>
      <th scope="row">
        {user.name}
        {isSelf && <span className="meta"> ({t('admin.you')})</span>}
      </th>
      <td>{user.email}</td>
      <td>{user.organization?.name ?? <span className="meta">{t('admin.noOrganization')}</span>}</td>
      <td>
        <div className={styles.roleChange}>
          <label htmlFor={selectId} className="visually-hidden">
            {t('admin.roleOf', { name: user.name })}
          </label>
          <select id={selectId} className={`${form.input} ${styles.compact}`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`enums.Role.${value}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => onChangeRole(user, role)}>
            {t('admin.changeRole')}
            <span className="visually-hidden"> ({user.name})</span>
          </button>
        </div>
      </td>
      <td>{user.status === 'ACTIVE' ? t('enums.AccountStatus.ACTIVE') : <span className="meta">{t(`enums.AccountStatus.${user.status}`)}</span>}</td>
      <td className={table.actions}>
        {user.status === 'INVITED' && (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => onResendInvitation(user)}>
            {t('admin.resend.button')}
            <span className="visually-hidden"> ({user.name})</span>
          </button>
        )}
        {user.status === 'DEACTIVATED' ? (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => onReactivate(user)}>
            {t('admin.reactivate.button')}
            <span className="visually-hidden"> ({user.name})</span>
          </button>
        ) : (
          !isSelf && (
            <button type="button" className="button button--danger-quiet" disabled={busy} onClick={() => onDeactivate(user)}>
              {t('admin.deactivate.button')}
              <span className="visually-hidden"> ({user.name})</span>
            </button>
          )
        )}
        <p
          id={messageId(user)}
          tabIndex={-1}
          role={message?.kind === 'error' ? 'alert' : 'status'}
          className={message ? `${styles.message} ${styles[message.kind]}` : 'visually-hidden'}
        >
          {message?.text}
        </p>
      </td>
    </tr>
  );
}

/** Every account with its role and state; per row a role change, switching it off or back on, and a new invitation link. */
export function UserTable({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const { users, error, refetch, loadMore, loading, loadingMore, loadMoreFailed } = useAdminUsers();
  const { changeRole, deactivate, reactivate, resendInvitation, busy } = useManageUser();
  const [newInvitation, setNewInvitation] = useState<Invitation | null>(null);
  const [messages, setMessages] = useState<Record<string, RowMessage>>({});
  const [confirming, setConfirming] = useState<User | null>(null);

  const report = (user: User, message: RowMessage) => {
    setMessages((current) => ({ ...current, [user.id]: message }));
    focusMessage(user);
  };
  const problemText = (problem: unknown) => {
    const described = describeApiError(problem);
    return Object.values(described.fields).flat().join(' ') || messageFor(described);
  };

  const onChangeRole = async (user: User, role: Role) => {
    if (role === user.role) {
      report(user, { kind: 'error', text: t('admin.sameRole', { role: t(`enums.Role.${role}`) }) });
      return;
    }
    try {
      await changeRole(user.id, role);
      report(user, { kind: 'success', text: t('admin.roleChanged', { name: user.name, role: t(`enums.Role.${role}`) }) });
    } catch (problem) {
      report(user, { kind: 'error', text: problemText(problem) });
    }
  };

  const onConfirmDeactivate = async () => {
    const user = confirming;
    if (!user) return;
    setConfirming(null);
    try {
      await deactivate(user.id);
      report(user, { kind: 'success', text: t('admin.deactivate.done', { name: user.name }) });
    } catch (problem) {
      report(user, { kind: 'error', text: problemText(problem) });
    }
  };

  const onReactivate = async (user: User) => {
    try {
      const { status } = await reactivate(user.id);
      report(user, { kind: 'success', text: t(status === 'ACTIVE' ? 'admin.reactivate.doneActive' : 'admin.reactivate.doneInvited', { name: user.name }) });
    } catch (problem) {
      report(user, { kind: 'error', text: problemText(problem) });
    }
  };

  const onResendInvitation = async (user: User) => {
    try {
      const link = await resendInvitation(user.id);
      report(user, { kind: 'success', text: t('admin.resend.done', { name: user.name }) });
      setNewInvitation({ ...link, name: user.name, email: user.email });
    } catch (problem) {
      report(user, { kind: 'error', text: problemText(problem) });
    }
  };

  if (error && !users) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!users) return <LoadingState label={loading ? t('admin.loadingAccounts') : undefined} />;

  return (
    <>
      {newInvitation && <InvitationLink key={newInvitation.url} id="resent-invitation" invitation={newInvitation} />}
      <div className={table.wrapper} role="region" aria-labelledby="accounts-caption" tabIndex={0}>
        <table className={table.table}>
          <caption id="accounts-caption" className="visually-hidden">
            {t('admin.accountsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.columnName')}</th>
              <th scope="col">{t('admin.columnEmail')}</th>
              <th scope="col">{t('admin.columnOrganization')}</th>
              <th scope="col">{t('admin.columnRole')}</th>
              <th scope="col">{t('admin.columnActive')}</th>
              <th scope="col">{t('admin.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.nodes.map((user) => (
              <UserRow
                key={`${user.id}-${user.role}`}
                user={user}
                isSelf={user.id === currentUserId}
                message={messages[user.id]}
                busy={busy}
                onChangeRole={onChangeRole}
                onDeactivate={setConfirming}
                onReactivate={onReactivate}
                onResendInvitation={onResendInvitation}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta" role="status">
        {t('admin.shownOf', { shown: users.nodes.length, total: users.totalCount })}
      </p>
      {loadMoreFailed && (
        <p className="notice notice--error" role="alert">
          {t('admin.loadMoreFailed')}
        </p>
      )}
      {users.pageInfo.hasNextPage && (
        <p>
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t('common.loading') : t('admin.loadMore')}
          </button>
        </p>
      )}
      <DeactivateUserDialog user={confirming} busy={busy} onConfirm={onConfirmDeactivate} onCancel={() => setConfirming(null)} />
    </>
  );
}
