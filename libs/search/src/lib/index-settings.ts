/**
 * How the Werkkennis index is configured in Meilisearch.
 */
import { DUTCH_STOP_WORDS } from './dutch-words';
import type { Settings } from './meilisearch-client';
import { FacetName, type SynonymGroups } from './search.port';

/** Every setting except synonyms, which come from the vocabulary at run time. */
export const INDEX_SETTINGS: Settings = {
  // Order is relevance: a match in the title outranks one in keywords, then prose, then compound parts.
  searchableAttributes: ['title', 'keywords', 'text', 'compoundParts'],
  filterableAttributes: Object.values(FacetName),
  sortableAttributes: [],
  // `text` stays displayed because Meilisearch only highlights and crops displayed attributes;
  // `evidenceLevel` goes on an intervention's result card.
  displayedAttributes: ['id', 'type', 'slug', 'title', 'text', 'evidenceLevel'],
  stopWords: DUTCH_STOP_WORDS,
  // One typo from 4 letters, two from 8: `vakmanschp` still finds vakmanschap.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // Exact totals (page mode) are counted up to this many hits.
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
};

/**
 * Groups of equivalent words → Meilisearch's mutual synonym map: every word of a group maps
 * to all the others. Words in several groups collect the others of each group.
 */
export function toSynonymMap(groups: SynonymGroups): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.trim().toLowerCase()).filter(Boolean))];
    for (const word of words) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries(
    [...synonyms].filter(([, others]) => others.size > 0).map(([word, others]) => [word, [...others]]),
  );
}
