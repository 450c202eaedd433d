import { currentLanguage } from '../../i18n/i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'nl-NL');

/**
 * One formatter per locale and style, made when first needed: making one costs far more than
 * using it, and a page such as a term's workbench writes dozens of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale()} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const time: Intl.DateTimeFormatOptions = style === 'dateTime' ? { hour: '2-digit', minute: '2-digit' } : {};
    formatter = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', ...time });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date (`2024-02-15` or a full timestamp) as people write it: 15 februari 2024. */
export function formatDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat('date').format(date);
}

/** A moment with its time of day: 30 november 2025 om 14:05. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat('dateTime').format(date);
}
