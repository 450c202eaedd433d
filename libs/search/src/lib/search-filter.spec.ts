import { quoteFilterValue, toMeilisearchFilter } from './search-filter';

describe('toMeilisearchFilter', () => {
  it('ANDs the filters and ORs the values within one', () => {
    expect(
      toMeilisearchFilter({
        types: ['PROJECT', 'INTERVENTION'],
        filters: [
          { name: 'targetGroups', values: ['WW', 'WIA'] },
          { name: 'status', values: ['running'] },
        ],
      }),
    ).toEqual([
      'type IN ["PROJECT", "INTERVENTION"]',
      'targetGroups IN ["WW", "WIA"]',
      'status IN ["running"]',
    ]);
  });

  it('ignores filters without values', () => {
    expect(toMeilisearchFilter({ types: [], filters: [{ name: 'themes', values: [] }] })).toEqual([]);
  });
});

describe('quoteFilterValue', () => {
  it('escapes quotes and backslashes so a value cannot end its string', () => {
    expect(quoteFilterValue('" OR type = "PROJECT')).toBe('"\\" OR type = \\"PROJECT"');
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
    expect(quoteFilterValue(`'; DROP TABLE x; --`)).toBe(`"'; DROP TABLE x; --"`);
  });
});
