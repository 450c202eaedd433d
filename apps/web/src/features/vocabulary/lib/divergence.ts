/** How much the perspectives' words overlap, in words: from "largely the same" to "(almost) none". */
export type DivergenceBand = 'same' | 'many' | 'some' | 'few' | 'none';

/**
 * The meaning of a divergence (1 − mean Jaccard similarity of the definitions' content words).
 * Free texts share few words, so most terms lie near 1; the bands are finer at that end.
 */
export function divergenceBand(divergence: number): DivergenceBand {
  if (divergence >= 0.99) return 'none';
  if (divergence >= 0.85) return 'few';
  if (divergence >= 0.6) return 'some';
  if (divergence >= 0.3) return 'many';
  return 'same';
}

/** Two decimals, as the language writes them: 0,97 in Dutch, 0.97 in English. */
export function formatDivergence(divergence: number, language: 'nl' | 'en'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(divergence);
}
