import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatMonthYear } from './format';

describe('dates as people write them', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'nl', resources: { nl: { translation: {} }, en: { translation: {} } } });
  });

  it('follows the reader when they switch language', async () => {
    await i18n.changeLanguage('nl');
    expect(formatDate('2024-02-15')).toBe('15 februari 2024');
    expect(formatDateTime('2025-11-30T14:05:00')).toBe('30 november 2025 om 14:05');
    await i18n.changeLanguage('en');
    expect(formatDate('2024-02-15')).toBe('15 February 2024');
    expect(formatDateTime('2025-11-30T14:05:00')).toBe('30 November 2025 at 14:05');
    expect(formatMonthYear('2025-03-14T10:00:00')).toBe('Mar 2025');
    await i18n.changeLanguage('nl');
    expect(formatDate('2024-02-15')).toBe('15 februari 2024');
    expect(formatMonthYear('2025-03-14T10:00:00')).toBe('mrt 2025');
  });

  it('writes single-digit days without a zero and times with two digits', async () => {
    await i18n.changeLanguage('nl');
    expect(formatDate('2026-03-01T09:00:00')).toBe('1 maart 2026');
    expect(formatDateTime('2026-07-04T08:03:00')).toBe('4 juli 2026 om 08:03');
  });

  it('leaves what is no date as it is', () => {
    expect(formatDate('onbekend')).toBe('onbekend');
  });
});

describe('decimals as people write them', () => {
  it('uses the decimal comma in Dutch and the point in English, with as many decimals as asked', async () => {
    await i18n.changeLanguage('nl');
    expect(formatDecimal(0.25, 2)).toBe('0,25');
    expect(formatDecimal(1, 3)).toBe('1,000');
    await i18n.changeLanguage('en');
    expect(formatDecimal(0.25, 2)).toBe('0.25');
    expect(formatDecimal(0.1234, 3)).toBe('0.123');
    await i18n.changeLanguage('nl');
  });
});
