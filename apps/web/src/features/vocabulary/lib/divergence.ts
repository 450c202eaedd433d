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

/**
 * Two decimals, as the language writes them: 0,97 in Dutch, 0.97 in English. A value from 0 to 1
 * needs no grouping, only the decimal mark: no Intl.NumberFormat, whose first use loads the
 * locale's number data, a long task on a phone while the term page first renders.
 */
export function formatDivergence(divergence: number, language: 'nl' | 'en'): string {
  const fixed = divergence.toFixed(2);
  return language === 'en' ? fixed : fixed.replace('.', ',');
}
