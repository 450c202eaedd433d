import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const open = !!user;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="deactivate-title"
      aria-describedby="deactivate-body"
      // Escape closes the dialog: that means "cancel".
      onClose={() => open && onCancel()}
    >
      <h2 id="deactivate-title">{t('admin.deactivate.title', { name: user?.name ?? '' })}</h2>
      <p id="deactivate-body">{t('admin.deactivate.body', { name: user?.name ?? '', email: user?.email ?? '' })}</p>
      <div className="form-actions">
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {t('admin.deactivate.confirm')}
        </button>
      </div>
    </dialog>
  );
}
