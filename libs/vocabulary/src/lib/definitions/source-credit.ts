/**
 * The source of a definition, kept apart from who entered it: a title, the party that published
 * it (an organisation on Werkkennis, or an outside party by name), a year and a link. Pure.
 */
export interface SourceCredit {
  title: string;
  /** The publisher as the source names it; empty when only the organisation on Werkkennis is known. */
  publisher: string;
  year: number | null;
}

/** "Title, Publisher, 2021" or "Title, 2021": the citations written before sources had fields. */
const CITATION = /^(?<title>.+?)(?:,\s*(?<publisher>[^,]+?))?,\s*(?<year>(?:1[89]|20)\d\d)\.?$/;

/** Splits a free-text citation into its parts; one that does not follow the pattern is all title. */
export function parseCitation(citation: string): SourceCredit {
  const trimmed = citation.trim();
  const parts = CITATION.exec(trimmed)?.groups;
  if (!parts) return { title: trimmed, publisher: '', year: null };
  return { title: parts['title'].trim(), publisher: parts['publisher']?.trim() ?? '', year: Number(parts['year']) };
}

/** The one-line citation shown and exported: title, publisher (or the organisation's name), year. */
export function citationOf(credit: SourceCredit, organizationName: string | null): string {
  return [credit.title, credit.publisher || organizationName, credit.year].filter((part) => part !== null && part !== '').join(', ');
}
