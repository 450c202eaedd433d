/**
 * Turns the filters of a SearchQuery into Meilisearch filter expressions. Facet names are
 * FacetName values (GraphQL refuses any other); values come from users and are quoted and
 * escaped, so they can only ever be compared, never parsed as filter syntax.
 */
import { FacetName, type SearchQuery } from './search.port';

/** Every expression must hold (AND); each one accepts any of its values (OR, via IN). */
export function toMeilisearchFilter(query: Pick<SearchQuery, 'types' | 'filters'>): string[] {
  const expressions: string[] = [];
  if (query.types?.length) expressions.push(anyOf(FacetName.type, query.types));
  for (const filter of query.filters ?? []) {
    if (filter.values.length) expressions.push(anyOf(filter.name, filter.values));
  }
  return expressions;
}

/** A double-quoted Meilisearch string literal: backslashes and quotes are escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: FacetName, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}
