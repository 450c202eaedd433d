import { describe, expect, it } from 'vitest';
import { capitalized, nameOf } from './definition-name';

describe('naming a definition', () => {
  it('names perspective and organization, once where the organization says the perspective', () => {
    expect(nameOf('Onderzoek', 'Tilburg University')).toBe('Onderzoek (Tilburg University)');
    expect(nameOf('Gemeente', 'Gemeente Amsterdam')).toBe('Gemeente Amsterdam');
    expect(nameOf('UWV', 'UWV')).toBe('UWV');
    expect(nameOf('Cliënt', undefined)).toBe('Cliënt');
  });

  it('starts a relation sentence with a capital', () => {
    expect(capitalized('deze definitie is smaller dan UWV')).toBe('Deze definitie is smaller dan UWV');
  });
});
