import { type ReactNode, useEffect, useId, useRef } from 'react';
import styles from './ConfirmDialog.module.css';
import form from './form/form.module.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  /** The safe choice, and what Escape means; first in the dialog, so opening it focuses it (unless the question asks for a field first). */
  cancelLabel: string;
  /** The choice that cannot be undone, shown as a danger button. */
  confirmLabel: string;
  busy?: boolean;
  /** What the choice needs besides a yes, such as a reason: shown between the question and the buttons. */
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question before something that cannot be undone; cancelling is the default. */
export function ConfirmDialog({ open, title, body, cancelLabel, confirmLabel, busy = false, children, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape closes the dialog: that means "cancel".
      onClose={() => open && onCancel()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      {children}
      <div className={form.actions}>
        {/* No autoFocus: React would focus it when the closed dialog mounts (a style recalculation per
            dialog on a page with many); showModal() focuses the first focusable element itself. */}
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
