import { useCallback, useMemo, useState } from 'react';
import type { SummaryItem } from '../components/form/ErrorSummary';
import { describeApiError, type FieldErrors } from '../lib/api-errors';
import { useErrorMessage } from './useErrorMessage';

/** For each input field: the id of its control and its label, to link and name it in the summary. */
export type FormFields = Record<string, { id: string; label: string }>;

/**
 * The problems of one form, from the browser's own checks or from the API's `extensions.fields`:
 * per field (shown next to it) and as a summary (shown on top, linking to each field).
 */
export function useFormProblems(fields: FormFields) {
  const messageFor = useErrorMessage();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);

  const summary: SummaryItem[] = useMemo(
    () => [
      ...Object.entries(fieldErrors).map(([name, messages]) => ({
        fieldId: fields[name]?.id,
        message: `${fields[name]?.label ?? name}: ${messages.join(' ')}`,
      })),
      ...general.map((message) => ({ message })),
    ],
    [fieldErrors, general, fields],
  );

  /** Shows the browser-side problems; true when there are none and the form may be sent. */
  const acceptClientCheck = useCallback((errors: FieldErrors): boolean => {
    setFieldErrors(errors);
    setGeneral([]);
    return Object.keys(errors).length === 0;
  }, []);

  const showApiError = useCallback(
    (error: unknown) => {
      const problem = describeApiError(error);
      const known = Object.fromEntries(Object.entries(problem.fields).filter(([name]) => fields[name]));
      const unknown = Object.entries(problem.fields)
        .filter(([name]) => !fields[name])
        .map(([, messages]) => messages.join(' '));
      setFieldErrors(known);
      setGeneral(Object.keys(problem.fields).length ? unknown : [messageFor(problem)]);
    },
    [fields, messageFor],
  );

  /**
   * Sends a form: shows the browser-side problems, or else runs `action`, whose refusal by the
   * API is shown beside the fields too.
   */
  const send = useCallback(
    async (errors: FieldErrors, action: () => Promise<void>) => {
      if (!acceptClientCheck(errors)) return;
      try {
        await action();
      } catch (error) {
        showApiError(error);
      }
    },
    [acceptClientCheck, showApiError],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setGeneral([]);
  }, []);

  /** Id, label and errors of one field, as its form control takes them: each is written once, in `fields`. */
  const fieldProps = useCallback(
    (name: string) => ({ id: fields[name]!.id, label: fields[name]!.label, errors: fieldErrors[name] }),
    [fields, fieldErrors],
  );

  return { fieldErrors, summary, acceptClientCheck, showApiError, send, clear, fieldProps };
}
