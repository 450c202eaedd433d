import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { useWithdrawFinding } from '../hooks/useWithdrawFinding';

interface WithdrawFindingDialogProps {
  /** The result to withdraw; null keeps the dialog closed. */
  finding: { id: string; title: string } | null;
  projectSlug: string;
  onWithdrawn: () => void;
  onCancel: () => void;
}

/** Asks why before a result is withdrawn for good: readers see the reason where the result stood. */
export function WithdrawFindingDialog({ finding, projectSlug, onWithdrawn, onCancel }: WithdrawFindingDialogProps) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const [withdraw, { loading }] = useWithdrawFinding(projectSlug);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const close = (after: () => void) => {
    setReason('');
    setErrors([]);
    after();
  };

  const confirm = async () => {
    if (!finding) return;
    if (!reason.trim()) {
      setErrors([t('editor.validation.withdrawalReason')]);
      return;
    }
    try {
      await withdraw({ variables: { id: finding.id, reason: reason.trim() } });
      close(onWithdrawn);
    } catch (error) {
      const problem = describeApiError(error);
      const fieldMessages = Object.values(problem.fields).flat();
      setErrors(fieldMessages.length ? fieldMessages : [messageFor(problem)]);
    }
  };

  return (
    <ConfirmDialog
      open={!!finding}
      title={t('editor.withdrawFinding.title', { title: finding?.title ?? '' })}
      body={t('editor.withdrawFinding.body')}
      cancelLabel={t('common.cancel')}
      confirmLabel={t('editor.withdrawFinding.confirm')}
      busy={loading}
      onConfirm={confirm}
      onCancel={() => close(onCancel)}
    >
      <TextAreaField
        id="withdraw-finding-reason"
        label={t('editor.withdrawFinding.reason')}
        hint={t('editor.withdrawFinding.reasonHint')}
        required
        rows={3}
        value={reason}
        onChange={setReason}
        errors={errors}
      />
    </ConfirmDialog>
  );
}
