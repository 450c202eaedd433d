import { useTranslation } from 'react-i18next';
import { describeApiError } from '../lib/api-errors';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { NotFoundMessage } from './NotFoundMessage';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: what happened and what the person can do about it. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const problem = describeApiError(error);
  if (problem.kind === 'notFound') {
    return (
      <div className="notice notice--error" role="alert">
        <NotFoundMessage />
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <h1>{t('errors.loadFailedTitle')}</h1>
      <p>{messageFor(problem)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
