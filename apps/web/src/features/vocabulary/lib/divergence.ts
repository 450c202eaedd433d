import { formatDecimal } from '../../../shared/lib/format';

/** How much the perspectives' words overlap, in words: from "largely the same" to "(almost) none". */
export type DivergenceBand = 'same' | 'many' | 'some' | 'few' | 'none';

/**
 * The meaning of a divergence: the share of pairs of definitions of different terms that
 * overlap at least as much as this term's perspectives (rare words weigh more). Near 0 the
 * perspectives word the term much alike; near 1 they share less than unrelated definitions.
 */
export function divergenceBand(divergence: number): DivergenceBand {
  if (divergence >= 0.75) return 'none';
  if (divergence >= 0.5) return 'few';
  if (divergence >= 0.25) return 'some';
  if (divergence >= 0.1) return 'many';
  return 'same';
}

/** A divergence is shown with two decimals: 0,97 in Dutch, 0.97 in English. */
export function formatDivergence(divergence: number, language: 'nl' | 'en'): string {
  return formatDecimal(divergence, 2, language);
}
