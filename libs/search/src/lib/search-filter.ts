/**
 * Turns the filters of a SearchQuery into Meilisearch filter expressions. Facet names are
 * checked against the contract; values come from users and are quoted and escaped, so they
 * can only ever be compared, never parsed as filter syntax.
 */
import { DomainError } from '@werkkennis/kernel';
import { FACET_NAMES, type FacetName, type SearchQuery } from './search.port';

const KNOWN_FACETS = new Set<string>(FACET_NAMES);

/** Every expression must hold (AND); each one accepts any of its values (OR, via IN). */
export function toMeilisearchFilter(query: Pick<SearchQuery, 'types' | 'filters'>): string[] {
  const expressions: string[] = [];
  if (query.types?.length) expressions.push(anyOf('type', query.types));
  for (const filter of query.filters ?? []) {
    assertKnownFacets([filter.name]);
    if (filter.values.length) expressions.push(anyOf(filter.name, filter.values));
  }
  return expressions;
}

export function assertKnownFacets(names: readonly string[]): asserts names is FacetName[] {
  const unknown = names.filter((name) => !KNOWN_FACETS.has(name));
  if (unknown.length) {
    throw DomainError.invalidInput({
      facets: [`Onbekend facet: ${unknown.join(', ')}. Bekend zijn: ${FACET_NAMES.join(', ')}.`],
    });
  }
}

/** A double-quoted Meilisearch string literal: backslashes and quotes are escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: FacetName, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}
