/** A W3C TextQuoteSelector: the quoted words and the text just before and after them. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A span of a text in UTF-16 offsets, end exclusive (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
}

/** How much context a quote keeps on each side when the client sends none. */
const CONTEXT_LENGTH = 32;

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Finds a quote in a (possibly edited) text: every occurrence of the exact words is a
 * candidate, and the one whose surroundings best match the remembered prefix and suffix wins
 * (the first on a tie). Null when the words are no longer there.
 */
export function locateQuote(text: string, quote: TextQuote): TextSpan | null {
  if (!quote.exact) return null;
  let best: { span: TextSpan; score: number } | null = null;
  for (let start = text.indexOf(quote.exact); start !== -1; start = text.indexOf(quote.exact, start + 1)) {
    const end = start + quote.exact.length;
    const score = commonSuffixLength(text.slice(0, start), quote.prefix) + commonPrefixLength(text.slice(end), quote.suffix);
    if (!best || score > best.score) best = { span: { start, end }, score };
  }
  return best?.span ?? null;
}

/** The quote of a span with its surroundings, so that it can be found again after edits. */
export function quoteOf(text: string, span: TextSpan): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  };
}
