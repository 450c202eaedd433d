import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';

interface UnsavedChangesDialogProps {
  blocker: Blocker;
  /** Runs when the person chooses to leave: they give up their changes. */
  onLeave?: () => void;
}

/** A modal question when someone leaves a form with unsaved changes; staying is the default. */
export function UnsavedChangesDialog({ blocker, onLeave }: UnsavedChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('editor.unsavedTitle')}
      body={t('editor.unsavedBody')}
      cancelLabel={t('editor.stay')}
      confirmLabel={t('editor.leave')}
      onConfirm={() => {
        onLeave?.();
        blocker.proceed?.();
      }}
      onCancel={() => blocker.reset?.()}
    />
  );
}
