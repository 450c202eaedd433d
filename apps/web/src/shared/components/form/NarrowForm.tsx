import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import form from './form.module.css';

interface NarrowFormProps {
  onSubmit: (event: FormEvent) => void;
  /** The problems of the last submit, shown and focused above the fields. */
  summary: SummaryItem[];
  submitLabel: string;
  /** Shown on the disabled button while the form is being sent. */
  busyLabel: string;
  busy: boolean;
  primary?: boolean;
  children: ReactNode;
}

/**
 * A short form of one column: the error summary on top, the fields, one submit button. The
 * browser's own checks are off (noValidate) so every message is ours, in the interface language.
 */
export function NarrowForm({ onSubmit, summary, submitLabel, busyLabel, busy, primary, children }: NarrowFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate className={form.narrow}>
      <ErrorSummary items={summary} />
      {children}
      <div className={form.actions}>
        <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
