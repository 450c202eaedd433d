import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { useWithdrawFinding } from '../hooks/useWithdrawFinding';

const REASON_ID = 'withdraw-finding-reason';

interface WithdrawFindingDialogProps {
  /** The result to withdraw; null keeps the dialog closed. */
  finding: { id: string; title: string } | null;
  onWithdrawn: () => void;
  onCancel: () => void;
}

/** Asks why before a result is withdrawn for good: readers see the reason where the result stood. */
export function WithdrawFindingDialog({ finding, onWithdrawn, onCancel }: WithdrawFindingDialogProps) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const [withdraw, { loading }] = useWithdrawFinding();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const close = (after: () => void) => {
    setReason('');
    setErrors([]);
    after();
  };

  // A refusal sends focus to the field, so its message is read out with it.
  const refuse = (messages: string[]) => {
    setErrors(messages);
    document.getElementById(REASON_ID)?.focus();
  };

  const confirm = async () => {
    if (!finding) return;
    if (!reason.trim()) return refuse([t('editor.validation.withdrawalReason')]);
    try {
      await withdraw({ id: finding.id, reason: reason.trim() });
      close(onWithdrawn);
    } catch (error) {
      const problem = describeApiError(error);
      const fieldMessages = Object.values(problem.fields).flat();
      refuse(fieldMessages.length ? fieldMessages : [messageFor(problem)]);
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
        id={REASON_ID}
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
