/**
 * Safe highlighting. Meilisearch marks matches with tags of our choosing; we choose two
 * private-use characters, escape everything as HTML, and only then turn the marker pairs into
 * <mark> elements, so no markup from the indexed text can survive. The markers are stripped
 * from documents before indexing, so they cannot come from user text either.
 */

export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** Words around the match in a cropped excerpt (Meilisearch `cropLength`). */
export const EXCERPT_WORDS = 30;
export const CROP_MARKER = '…';

/**
 * How every search asks Meilisearch for its hits: only the fields a result shows, matches in
 * title and text marked, the text cut to an excerpt around the match. The benchmark sends the same.
 */
export const HIT_FORMAT = {
  attributesToRetrieve: ['id', 'type', 'slug', 'title', 'evidenceLevel'],
  attributesToHighlight: ['title', 'text'],
  highlightPreTag: MATCH_START,
  highlightPostTag: MATCH_END,
  attributesToCrop: ['text'],
  cropLength: EXCERPT_WORDS,
  cropMarker: CROP_MARKER,
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const MARKED_SPAN = new RegExp(`${MATCH_START}([^${MATCH_START}${MATCH_END}]*)${MATCH_END}`, 'g');
const ANY_MARKER = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Removes the match markers, so indexed text can never forge a highlight. */
export function stripMatchMarkers(text: string): string {
  return text.replace(ANY_MARKER, '');
}

export function hasMatch(formatted: string): boolean {
  return formatted.includes(MATCH_START);
}

/** Between the parts of an excerpt (summary, goal, …): the line breaks that part them collapse to one space in HTML. */
export const PART_SEPARATOR = ' … ';

/**
 * Meilisearch's `_formatted` value → escaped HTML whose only markup is <mark>…</mark>, with its
 * parts (the fields the text was joined from, and paragraphs) set apart by PART_SEPARATOR.
 */
export function renderHighlight(formatted: string): string {
  const parted = formatted.trim().replace(/\s*\n\s*/g, PART_SEPARATOR).replace(/( … )+/g, PART_SEPARATOR);
  return stripMatchMarkers(escapeHtml(parted).replace(MARKED_SPAN, '<mark>$1</mark>'));
}
