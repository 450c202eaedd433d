import search from 'approx-string-match';

/**
 * Finding a quoted passage again in a text that may have been revised since it was quoted,
 * the way Hypothesis anchors annotations: the quoted words (W3C TextQuoteSelector) with the text
 * around them, and where they stood (TextPositionSelector) as a hint. Pure and framework-free.
 */

/** A W3C TextQuoteSelector: the quoted words and the text just before and after them. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C TextPositionSelector: a span in UTF-16 offsets, end exclusive (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a passage was found in the current text. */
export const AnchorStatus = {
  /** The same words, where they were. */
  ANCHORED: 'ANCHORED',
  /** The same words, elsewhere in the text: text before them was revised. */
  MOVED: 'MOVED',
  /** Words much like the quoted ones, where the context says the passage now is. */
  APPROXIMATE: 'APPROXIMATE',
  /** Not found: the passage was revised away. The quote is all that remains of it. */
  ORPHANED: 'ORPHANED',
} as const;
export type AnchorStatus = (typeof AnchorStatus)[keyof typeof AnchorStatus];

export type Anchor = ({ status: 'ANCHORED' | 'MOVED' | 'APPROXIMATE' } & TextSpan) | { status: 'ORPHANED'; start: null; end: null };

/** How much context a quote keeps on each side. */
const CONTEXT_LENGTH = 32;

/** At most this share of the quoted characters may differ in a passage that still counts as found. */
const MAX_ERROR_RATE = 1 / 3;

/** The weights of the evidence that a candidate is the passage (as in Hypothesis's match-quote). */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/**
 * The lowest score an inexact candidate needs: words a third different with no supporting
 * context stay below it, so a passage that is gone is reported as such rather than pinned to
 * some look-alike words elsewhere.
 */
const MIN_APPROXIMATE_SCORE = 0.6;

/** How alike two strings are, from 0 (nothing in common) to 1 (the same). */
function similarity(actual: string, expected: string): number {
  if (!expected.length || !actual.length) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function scoreOf(text: string, quote: TextQuote, hint: number | null, match: { start: number; end: number; errors: number }): number {
  const quoteScore = 1 - match.errors / quote.exact.length;
  // An empty context was the edge of the text: nothing to compare, so it counts as agreeing.
  const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix) : 1;
  const suffixScore = quote.suffix ? similarity(text.slice(match.end, match.end + quote.suffix.length), quote.suffix) : 1;
  const positionScore = hint === null || !text.length ? 1 : 1 - Math.min(1, Math.abs(match.start - hint) / text.length);
  return (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore) / MAX_SCORE;
}

function exactOccurrences(text: string, exact: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) found.push({ start, end: start + exact.length, errors: 0 });
  return found;
}

function best<T>(candidates: T[], score: (candidate: T) => number): { candidate: T; score: number } | null {
  let top: { candidate: T; score: number } | null = null;
  for (const candidate of candidates) {
    const value = score(candidate);
    if (!top || value > top.score) top = { candidate, score: value };
  }
  return top;
}

const ORPHANED: Anchor = { status: AnchorStatus.ORPHANED, start: null, end: null };

/**
 * Where a quoted passage stands in `text`. Every occurrence of the exact words is a candidate,
 * the one whose surroundings and position best match winning; without any, words that differ
 * by at most a third are looked for with approximate matching, and kept only when the context
 * supports them. `position` is where the passage stood when it was quoted, if known.
 */
export function anchorPassage(text: string, quote: TextQuote, position: TextSpan | null): Anchor {
  if (!quote.exact) return ORPHANED;
  const hint = position?.start ?? null;
  const exact = best(exactOccurrences(text, quote.exact), (match) => scoreOf(text, quote, hint, match));
  if (exact) {
    const { start, end } = exact.candidate;
    return { status: hint === null || hint === start ? AnchorStatus.ANCHORED : AnchorStatus.MOVED, start, end };
  }
  const maxErrors = Math.floor(quote.exact.length * MAX_ERROR_RATE);
  if (!maxErrors) return ORPHANED;
  const approximate = best(search(text, quote.exact, maxErrors), (match) => scoreOf(text, quote, hint, match));
  if (!approximate || approximate.score < MIN_APPROXIMATE_SCORE) return ORPHANED;
  return { status: AnchorStatus.APPROXIMATE, start: approximate.candidate.start, end: approximate.candidate.end };
}

/** The quote of a span with its surroundings, so that it can be found again after edits. */
export function quoteOf(text: string, span: TextSpan): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  };
}
