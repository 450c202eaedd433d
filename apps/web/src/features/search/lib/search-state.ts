import type { FacetFilterInput } from '../../../graphql/schema-types.generated';
import { PANEL_FACETS, type PanelFacet } from './facets';

export type FacetSelection = Partial<Record<PanelFacet, string[]>>;

export interface SearchState {
  query: string;
  filters: FacetSelection;
  /** 1-based. */
  page: number;
}

export const PAGE_SIZE = 20;

const QUERY_PARAM = 'q';
const PAGE_PARAM = 'pagina';

/** The URL is the state: `?q=vakmanschap&targetGroups=WW&targetGroups=WIA&pagina=2`. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: FacetSelection = {};
  for (const name of PANEL_FACETS) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  const page = Number.parseInt(params.get(PAGE_PARAM) ?? '1', 10);
  return { query: params.get(QUERY_PARAM) ?? '', filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const name of PANEL_FACETS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  return params;
}

export function toggleFilter(state: SearchState, name: PanelFacet, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [name]: next.length ? next : undefined } };
}

export function activeFilters(filters: FacetSelection): { name: PanelFacet; value: string }[] {
  return PANEL_FACETS.flatMap((name) => (filters[name] ?? []).map((value) => ({ name, value })));
}

/** The API's filter list; `except` leaves one facet out (for that facet's own counts). */
export function toApiFilters(filters: FacetSelection, except?: PanelFacet): FacetFilterInput[] {
  return PANEL_FACETS.filter((name) => name !== except && filters[name]?.length).map((name) => ({ name, values: filters[name]! }));
}
