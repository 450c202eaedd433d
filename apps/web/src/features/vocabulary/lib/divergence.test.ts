import { describe, expect, it } from 'vitest';
import { divergenceBand, formatDivergence } from './divergence';

describe('divergence in words', () => {
  it('names the band a value falls in', () => {
    expect(divergenceBand(1)).toBe('none');
    expect(divergenceBand(0.78)).toBe('none');
    expect(divergenceBand(0.6)).toBe('few');
    expect(divergenceBand(0.33)).toBe('some');
    expect(divergenceBand(0.12)).toBe('many');
    expect(divergenceBand(0.01)).toBe('same');
  });

  it('writes the value with two decimals in the reader\'s language', () => {
    expect(formatDivergence(0.97, 'nl')).toBe('0,97');
    expect(formatDivergence(0.9666, 'nl')).toBe('0,97');
    expect(formatDivergence(1, 'en')).toBe('1.00');
  });
});
