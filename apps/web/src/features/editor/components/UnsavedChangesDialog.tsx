import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

/** A modal question when someone leaves a form with unsaved changes; staying is the default. */
interface UnsavedChangesDialogProps {
  blocker: Blocker;
  /** Runs when the person chooses to leave: they give up their changes. */
  onLeave?: () => void;
}

export function UnsavedChangesDialog({ blocker, onLeave }: UnsavedChangesDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const blocked = blocker.state === 'blocked';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocked && !element.open) element.showModal();
    if (!blocked && element.open) element.close();
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-body"
      // Escape closes the dialog: that means "stay".
      onClose={() => blocker.state === 'blocked' && blocker.reset()}
    >
      <h2 id="unsaved-title">{t('editor.unsavedTitle')}</h2>
      <p id="unsaved-body">{t('editor.unsavedBody')}</p>
      <div className="form-actions">
        <button type="button" className="button" autoFocus onClick={() => blocker.reset?.()}>
          {t('editor.stay')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            onLeave?.();
            blocker.proceed?.();
          }}
        >
          {t('editor.leave')}
        </button>
      </div>
    </dialog>
  );
}
