/**
 * The shape a SearchDocument takes inside Meilisearch: flat, with every facet as a top-level
 * array attribute and the Dutch compound parts as an extra searchable field.
 */
import { documentFingerprint } from './document-fingerprint';
import { CompoundLexicon, compoundParts } from './dutch-compounds';
import { stripMatchMarkers } from './highlight';
import { type DocumentFacet, FacetName, type SearchDocument } from './search.port';

/** The document's own fields with its facets lifted to the top, plus what only the index needs. */
export type IndexedDocument = Omit<SearchDocument, 'facets'> & {
  compoundParts: string[];
  fingerprint: string;
} & Partial<Record<DocumentFacet, string[]>>;

/** Meilisearch's rule for document ids. */
const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/;
const DOCUMENT_FACETS = Object.values(FacetName).filter((name): name is DocumentFacet => name !== FacetName.type);

/** Teaches the lexicon the words of these documents before their compounds are split. */
export function learnWords(documents: SearchDocument[], lexicon: CompoundLexicon): void {
  for (const document of documents) lexicon.learnFrom(searchableText(document));
}

export function toIndexedDocument(document: SearchDocument, lexicon: CompoundLexicon): IndexedDocument {
  if (!VALID_ID.test(document.id)) {
    throw new Error(
      `Document-id "${document.id}" past niet in Meilisearch: alleen letters, cijfers, - en _ (hoogstens 511).`,
    );
  }
  const indexed: IndexedDocument = {
    id: document.id,
    type: document.type,
    slug: document.slug,
    title: stripMatchMarkers(document.title),
    text: stripMatchMarkers(document.text),
    keywords: document.keywords.map(stripMatchMarkers),
    compoundParts: compoundParts(searchableText(document), lexicon),
    fingerprint: documentFingerprint(document),
  };
  // Only the known facets are copied, so a stray property can never overwrite `id` or `title`.
  for (const facet of DOCUMENT_FACETS) {
    const values = document.facets[facet];
    if (values?.length) indexed[facet] = values;
  }
  return indexed;
}

function searchableText(document: SearchDocument): string {
  return [document.title, document.text, ...document.keywords].join('\n');
}
