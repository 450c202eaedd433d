import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';

interface DeactivateUserDialogProps {
  /** The account to turn off; null keeps the dialog closed. */
  user: { name: string; email: string } | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question before an account is turned off; cancelling is the default. */
export function DeactivateUserDialog({ user, busy, onConfirm, onCancel }: DeactivateUserDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={!!user}
      title={t('admin.deactivate.title', { name: user?.name ?? '' })}
      body={t('admin.deactivate.body', { name: user?.name ?? '', email: user?.email ?? '' })}
      cancelLabel={t('common.cancel')}
      confirmLabel={t('admin.deactivate.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
