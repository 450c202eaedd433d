import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates as people write them', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'nl', resources: { nl: { translation: {} }, en: { translation: {} } } });
  });

  it('follows the reader when they switch language (each language keeps its own formatter)', async () => {
    await i18n.changeLanguage('nl');
    expect(formatDate('2024-02-15')).toBe('15 februari 2024');
    expect(formatDateTime('2025-11-30T14:05:00')).toBe('30 november 2025 om 14:05');
    await i18n.changeLanguage('en');
    expect(formatDate('2024-02-15')).toBe('15 February 2024');
    expect(formatDateTime('2025-11-30T14:05:00')).toBe('30 November 2025 at 14:05');
    await i18n.changeLanguage('nl');
    expect(formatDate('2024-02-15')).toBe('15 februari 2024');
  });

  it('leaves what is no date as it is', () => {
    expect(formatDate('onbekend')).toBe('onbekend');
  });
});
