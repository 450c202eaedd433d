import { describe, expect, it } from 'vitest';
import { divergenceBand, formatDivergence } from './divergence';

describe('divergence in words', () => {
  it('names the band a value falls in', () => {
    expect(divergenceBand(1)).toBe('none');
    expect(divergenceBand(0.991)).toBe('none');
    expect(divergenceBand(0.97)).toBe('few');
    expect(divergenceBand(0.85)).toBe('few');
    expect(divergenceBand(0.7)).toBe('some');
    expect(divergenceBand(0.45)).toBe('many');
    expect(divergenceBand(0)).toBe('same');
  });

  it('writes the value with two decimals in the reader\'s language', () => {
    expect(formatDivergence(0.97, 'nl')).toBe('0,97');
    expect(formatDivergence(0.9666, 'nl')).toBe('0,97');
    expect(formatDivergence(1, 'en')).toBe('1.00');
  });
});
