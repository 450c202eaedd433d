/**
 * The search port: what the rest of the platform knows about search. The Meilisearch
 * adapter implements it; nothing outside this library sees the Meilisearch client.
 */

// Const objects rather than TypeScript enums, so the plain strings the index returns ('PROJECT',
// 'type') are values of these types. content-search registers both as GraphQL enums.

/** The kinds of content in the index. */
export const ContentType = {
  PROJECT: 'PROJECT',
  INTERVENTION: 'INTERVENTION',
  FINDING: 'FINDING',
  TERM: 'TERM',
} as const;
export type ContentType = (typeof ContentType)[keyof typeof ContentType];

/**
 * The facets of the public contract. Unlike other GraphQL enums they keep the contract's
 * spelling (organizationKind, not ORGANIZATION_KIND), so clients send and read the same strings.
 */
export const FacetName = {
  type: 'type',
  organization: 'organization',
  organizationKind: 'organizationKind',
  targetGroups: 'targetGroups',
  determinants: 'determinants',
  evidenceLevel: 'evidenceLevel',
  status: 'status',
  themes: 'themes',
  perspective: 'perspective',
  year: 'year',
  practiceExperience: 'practiceExperience',
} as const;
/** The one value of the practiceExperience facet: interventions that practitioners have shared experience with. */
export const WITH_PRACTICE_EXPERIENCE = 'WITH_EXPERIENCE';
export type FacetName = (typeof FacetName)[keyof typeof FacetName];
/** The facets a document carries itself; `type` is its content type, kept apart. */
export type DocumentFacet = Exclude<FacetName, typeof FacetName.type>;

/** One published record, flattened for the index. `id` is unique over all types. */
export interface SearchDocument {
  id: string;
  type: ContentType;
  slug: string;
  title: string;
  /** The searchable prose (summary, descriptions, definitions …), plain text. */
  text: string;
  /** Labels of the record's vocabulary terms and other keywords (boosted after title). */
  keywords: string[];
  /** Facet values; absent facets simply do not apply to this type. */
  facets: Partial<Record<DocumentFacet, string[]>>;
}

export interface FacetFilter {
  name: FacetName;
  values: string[];
}

export interface SearchQuery {
  query: string;
  types?: ContentType[];
  /** Every filter must hold; the values within one filter are alternatives. */
  filters?: FacetFilter[];
  facets?: FacetName[];
  limit: number;
  offset: number;
}

export interface SearchHit {
  type: ContentType;
  id: string;
  slug: string;
  title: string;
  /** HTML-escaped text with <mark>…</mark> around matches and no other markup. */
  highlight: string;
  /** An intervention's step on the recognition ladder, for its result card; null for other types. */
  evidenceLevel: string | null;
}

export interface FacetCount {
  name: FacetName;
  values: { value: string; count: number }[];
}

export interface SearchResult {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  facets: FacetCount[];
}

/** Groups of words that mean the same (from the vocabulary's labels and abbreviations). */
export type SynonymGroups = string[][];

export interface SearchEngine {
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  setSynonyms(groups: SynonymGroups): Promise<void>;
  /** Rebuild into a fresh index and swap it in, so searches never see an empty index. */
  replaceAll(documents: AsyncIterable<SearchDocument[]> | SearchDocument[][], onProgress?: (indexed: number) => void): Promise<void>;
  /** Every id in the index with the fingerprint of the content it was indexed with (see documentFingerprint); '' when an older version indexed it without one. */
  listFingerprints(): Promise<Map<string, string>>;
  isHealthy(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
