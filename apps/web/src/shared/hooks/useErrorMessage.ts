import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../lib/api-errors';

/**
 * One sentence a person can act on. The API's own messages are written for people (Dutch), so
 * they win where they exist; otherwise the interface explains the kind of failure.
 */
export function useErrorMessage(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem) => {
      switch (problem.kind) {
        case 'network':
          return t('errors.network');
        case 'tooManyRequests':
          return t('errors.tooManyRequests');
        case 'unauthenticated':
          return problem.message ?? t('errors.unauthenticated');
        case 'forbidden':
          return problem.message ?? t('errors.forbidden');
        case 'notFound':
          return t('errors.notFound');
        case 'badInput':
          return problem.message ?? t('errors.unexpected');
        case 'unexpected':
          return t('errors.unexpected');
      }
    },
    [t],
  );
}
