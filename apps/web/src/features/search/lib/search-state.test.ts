import { describe, expect, it } from 'vitest';
import { activeFilters, parseSearchParams, toApiFilters, toSearchParams, toggleFilter } from './search-state';

describe('search state in the URL', () => {
  it('reads the query, repeated facet values and the page', () => {
    const state = parseSearchParams(new URLSearchParams('q=vakmanschp&targetGroups=WW&targetGroups=WIA&type=INTERVENTION&pagina=2'));
    expect(state).toEqual({ query: 'vakmanschp', filters: { targetGroups: ['WW', 'WIA'], type: ['INTERVENTION'] }, page: 2 });
  });

  it('ignores unknown parameters and nonsense pages', () => {
    expect(parseSearchParams(new URLSearchParams('foo=bar&pagina=-3'))).toEqual({ query: '', filters: {}, page: 1 });
  });

  it('writes what it reads', () => {
    const params = 'q=ebp&type=TERM&year=2024&pagina=3';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('toggles a value on and off and starts again at page 1', () => {
    const start = { query: 'x', filters: {}, page: 4 };
    const on = toggleFilter(start, 'themes', 'vakmanschap');
    expect(on).toEqual({ query: 'x', filters: { themes: ['vakmanschap'] }, page: 1 });
    expect(activeFilters(toggleFilter(on, 'themes', 'vakmanschap').filters)).toEqual([]);
  });

  it('passes URL facets to the API under the same names, and only facets the page has a panel for', () => {
    const state = parseSearchParams(new URLSearchParams('status=RUNNING&year=2024&organizationKind=MUNICIPALITY'));
    expect(toApiFilters(state.filters)).toEqual([
      { name: 'organizationKind', values: ['MUNICIPALITY'] },
      { name: 'year', values: ['2024'] },
    ]);
  });

  it('leaves one facet out for its own counts', () => {
    const filters = { type: ['PROJECT'], targetGroups: ['WW'] };
    expect(toApiFilters(filters, 'type')).toEqual([{ name: 'targetGroups', values: ['WW'] }]);
  });
});
