import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import form from './form.module.css';

export interface SummaryItem {
  /** The id of the field the message is about; without one the message is general. */
  fieldId?: string;
  message: string;
}

/** Moves focus to the field itself (not only scrolling to it), without a router navigation. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * Shown at the top of a form after a failed submit, and focused, so keyboard and screen reader
 * users learn at once what to fix; each item links to its field.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div ref={ref} className={`notice notice--error ${form.summary}`} role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('common.errorSummaryTitle')}</h2>
      <p>{t('common.errorSummaryIntro')}</p>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
