import { createHash } from 'node:crypto';
import type { SearchDocument } from './search.port';

/**
 * A short hash of everything a document shows and is found by, stored with it in the index,
 * so a consistency check can tell an outdated entry from a current one without comparing
 * every field (facet order does not matter; compound parts are derived, so not included).
 */
export function documentFingerprint(document: SearchDocument): string {
  const facets = Object.entries(document.facets)
    .filter(([, values]) => values?.length)
    .sort(([a], [b]) => a.localeCompare(b));
  const content = JSON.stringify([document.type, document.slug, document.title, document.text, document.keywords, facets]);
  return createHash('sha1').update(content).digest('base64url');
}
