import { StemmerNl } from '@nlpjs/lang-nl';
import stopwords from 'stopwords-iso';

/** A word of a text, where it stands, and its Dutch stem. */
export interface Word {
  text: string;
  start: number;
  end: number;
  stem: string;
}

// Letters and digits; hyphens, apostrophes and punctuation separate words (re-integratie → re, integratie).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Everyday verbs that the stop-word list lacks. They say nothing about what a definition means,
 * and the stemmer folds some of them onto unrelated words ("weet", knows → `wet`, law). Verbs
 * that do carry meaning here (werk vinden, kansen krijgen) stay.
 */
const GENERAL_VERBS = [
  'weet', 'weten', 'wist', 'wisten', 'geweten',
  'gaan', 'gaat', 'ging', 'gingen', 'gegaan',
  'komen', 'komt', 'kwam', 'kwamen', 'gekomen',
  'zien', 'ziet', 'zag', 'zagen', 'gezien',
  'staan', 'staat', 'stond', 'stonden', 'gestaan',
  'laten', 'laat', 'liet', 'lieten', 'gelaten',
];
const STOP_WORDS = new Set([...stopwords.nl, ...GENERAL_VERBS]);
const stemmer = new StemmerNl();

/** The Snowball stem of a word: `werkhervatting` → `werkhervat`, `cliënten` → `client`. */
export const stem = (word: string): string => stemmer.stemWord(word.toLowerCase());

/** Every word of a text with its position (UTF-16 offsets, end exclusive) and stem. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    stem: stem(match[0]),
  }));
}

/** Words that carry meaning: no Dutch stop words, numbers or one- and two-letter words. */
export function contentWords(text: string): Word[] {
  return words(text).filter((word) => word.text.length > 2 && !/^\p{N}+$/u.test(word.text) && !STOP_WORDS.has(word.text.toLowerCase()));
}
