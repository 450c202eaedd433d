import { currentLanguage } from '../../i18n/i18n';

/**
 * Written out rather than by Intl.DateTimeFormat: making a formatter loads the locale's ICU data,
 * which cost a slow phone about 100 ms per formatter before a term page could answer, for two
 * fixed patterns that need only the month names.
 */
const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const SHORT_MONTHS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const AT = { nl: 'om', en: 'at' };

const dayMonthYear = (date: Date) => `${date.getDate()} ${MONTHS[currentLanguage()][date.getMonth()]} ${date.getFullYear()}`;
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A date (`2024-02-15` or a full timestamp) as people write it: 15 februari 2024. */
export function formatDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return dayMonthYear(date);
}

/** A moment with its time of day: 30 november 2025 om 14:05. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${dayMonthYear(date)} ${AT[currentLanguage()]} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** A month on a time axis: nov 2025. */
export function formatMonthYear(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${SHORT_MONTHS[currentLanguage()][date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * A number with a fixed count of decimals, as the language writes it: 0,250 in Dutch, 0.250 in
 * English. For values between 0 and 1, which need no grouping, only the decimal mark; again no
 * Intl.NumberFormat, whose first use loads the locale's number data.
 */
export function formatDecimal(value: number, digits: number, language = currentLanguage()): string {
  const fixed = value.toFixed(digits);
  return language === 'en' ? fixed : fixed.replace('.', ',');
}
