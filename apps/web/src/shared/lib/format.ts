import { currentLanguage } from '../../i18n/i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'nl-NL');

/** A date (`2024-02-15` or a full timestamp) as people write it: 15 februari 2024. */
export function formatDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A moment with its time of day: 30 november 2025 om 14:05. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
