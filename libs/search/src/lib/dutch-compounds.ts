/**
 * Dutch compound splitting for search. Dutch writes compounds as one word, and Meilisearch
 * only matches words and their prefixes, so `hervatting` would miss *werkhervatting* and
 * `traject` would miss *re-integratietraject*. We index the parts as extra tokens.
 *
 * A word is split only when it can be covered completely by known words (a curated domain
 * list plus words learned from the documents), optionally joined by the linking morphemes
 * -s-, -e-, -en- and followed by an inflection. Among the possible splits the one with the
 * fewest parts wins, and parts that are compounds themselves are split again.
 */
import { DOMAIN_WORD_PARTS, DUTCH_STOP_WORDS } from './dutch-words';

/** Shortest part worth indexing; also the shortest curated part (`wet`, `job`). */
const MIN_PART_LENGTH = 3;
/** Learned words are longer, because documents are full of short words that would make accidental splits. */
const MIN_LEARNED_LENGTH = 5;
const LINKING_MORPHEMES = ['en', 's', 'e'];
const INFLECTIONS = ['en', 's', 'e', 'n'];
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const PLAIN_WORD = /^\p{L}+$/u;

export class CompoundLexicon {
  private readonly words = new Set<string>();
  private readonly stopWords = new Set(DUTCH_STOP_WORDS);
  /** Splits per word; cleared whenever the lexicon grows. */
  private readonly splits = new Map<string, string[]>();

  constructor(words: Iterable<string> = DOMAIN_WORD_PARTS) {
    for (const word of words) this.words.add(word.toLowerCase());
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Adds the longer plain words of a text (document prose, vocabulary labels). */
  learnFrom(text: string): void {
    const before = this.words.size;
    for (const word of text.toLowerCase().match(WORD) ?? []) {
      if (word.length >= MIN_LEARNED_LENGTH && PLAIN_WORD.test(word) && !this.stopWords.has(word)) {
        this.words.add(word);
      }
    }
    if (this.words.size !== before) this.splits.clear();
  }

  /** Memoised, because a rebuild meets the same words in thousands of documents. */
  partsOf(word: string): string[] {
    let parts = this.splits.get(word);
    if (parts === undefined) {
      parts = splitRecursively(word, this);
      this.splits.set(word, parts);
    }
    return parts;
  }
}

/** The distinct compound parts of every word in `text`, lowercase, without the compounds themselves. */
export function compoundParts(text: string, lexicon: CompoundLexicon): string[] {
  const parts = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    for (const part of lexicon.partsOf(word)) parts.add(part);
  }
  return [...parts];
}

function splitRecursively(word: string, lexicon: CompoundLexicon): string[] {
  const split = bestSplit(word, lexicon);
  if (split === undefined) return [];
  return split
    .filter((part) => part.length >= MIN_PART_LENGTH)
    .flatMap((part) => [part, ...splitRecursively(part, lexicon)]);
}

interface Split {
  parts: string[];
  /** Hyphen-delimited segments that are not known words (the `re` of `re-integratie`). */
  unknownSegments: number;
}

/**
 * Dynamic programming over the positions of `word`: `best[i]` is the cheapest way to cover
 * `word.slice(i)`. Cheaper means fewer unknown segments, then fewer parts. Returns undefined
 * when the only cover is the word itself.
 */
function bestSplit(word: string, lexicon: CompoundLexicon): string[] | undefined {
  const end = word.length;
  const best: (Split | undefined)[] = [];
  best[end] = { parts: [], unknownSegments: 0 };
  for (let start = end - 1; start >= 0; start--) {
    best[start] = word[start] === '-' ? best[start + 1] : cheapestFrom(start, word, lexicon, best, start > 0);
  }
  const split = best[0];
  return split !== undefined && split.parts.length >= 2 ? split.parts : undefined;
}

function cheapestFrom(
  start: number,
  word: string,
  lexicon: CompoundLexicon,
  best: (Split | undefined)[],
  mayReachEnd: boolean,
): Split | undefined {
  let cheapest: Split | undefined;
  for (let stop = start + 1; stop <= word.length; stop++) {
    const part = word.slice(start, stop);
    if (part.endsWith('-')) continue;
    // Known parts may span hyphens (`re-integratie`); unknown ones only as a whole segment.
    const known = part.length >= MIN_PART_LENGTH && lexicon.has(part);
    if (!known && (part.includes('-') || !isHyphenSegment(word, start, stop))) continue;
    for (const rest of continuations(word, stop)) {
      const tail = best[rest];
      if (tail === undefined) continue;
      // The whole word as one part is no split; inner positions may reach the end freely.
      if (!mayReachEnd && tail.parts.length === 0) continue;
      const candidate = { parts: [part, ...tail.parts], unknownSegments: tail.unknownSegments + (known ? 0 : 1) };
      if (cheapest === undefined || isCheaper(candidate, cheapest)) cheapest = candidate;
    }
  }
  return cheapest;
}

/** Where the next part may start after a part ending at `stop`: directly, or after a linking morpheme or final inflection. */
function continuations(word: string, stop: number): number[] {
  const positions = [stop];
  for (const morpheme of LINKING_MORPHEMES) {
    const next = stop + morpheme.length;
    if (word.startsWith(morpheme, stop) && next < word.length && word[next] !== '-') positions.push(next);
  }
  for (const inflection of INFLECTIONS) {
    if (stop + inflection.length === word.length && word.endsWith(inflection)) positions.push(word.length);
  }
  return positions;
}

function isHyphenSegment(word: string, start: number, stop: number): boolean {
  return (start === 0 || word[start - 1] === '-') && (stop === word.length || word[stop] === '-') && word.includes('-');
}

function isCheaper(a: Split, b: Split): boolean {
  if (a.unknownSegments !== b.unknownSegments) return a.unknownSegments < b.unknownSegments;
  return a.parts.length < b.parts.length;
}
