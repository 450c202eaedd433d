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

interface Ranked {
  label: string;
  divergence: number | null;
}

/**
 * The most contested first: highest divergence, ties and terms that cannot be compared yet
 * (fewer than two perspectives) on alphabet, the latter last.
 */
export function byMostContested<T extends Ranked>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => {
    if (a.divergence === null || b.divergence === null) {
      if (a.divergence !== b.divergence) return a.divergence === null ? 1 : -1;
    } else if (a.divergence !== b.divergence) return b.divergence - a.divergence;
    return a.label.localeCompare(b.label, 'nl');
  });
}
