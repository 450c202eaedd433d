import type { Perspective } from '@werkkennis/kernel';
import { contentWords } from '../text/dutch-words';

export interface ComparableDefinition {
  id: string;
  perspective: Perspective;
  text: string;
}

/** A content word as a comparable unit: its stem, shown as the form the definitions use most. */
export interface Element {
  stem: string;
  word: string;
}

export interface SharedElement extends Element {
  perspectives: Perspective[];
  definitionIds: string[];
}

export interface DefinitionProfile {
  definitionId: string;
  perspective: Perspective;
  /** Elements that no other perspective uses. */
  distinctive: Element[];
  /** Elements that at least one other perspective uses too. */
  shared: Element[];
}

export interface Comparison {
  definitions: DefinitionProfile[];
  /** Elements present in two or more perspectives, the most widely shared first. */
  shared: SharedElement[];
  /** How little the perspectives' wording overlaps, against the background (see `Background`); null below two perspectives. */
  divergence: number | null;
}

/**
 * What the comparison of one term is measured against: how much the definitions of different
 * terms overlap. Free texts from different perspectives share few words, so a raw similarity
 * says little (every term lay between 0.92 and 1); placed among the overlaps of unrelated
 * definitions it does: divergence 0.3 means that 30% of pairs of unrelated definitions overlap
 * at least as much as this term's perspectives do.
 */
export interface Background {
  /** Inverse document frequency of each feature over all definitions: rare features weigh more. */
  idf: Map<string, number>;
  /** Similarities of pairs of definitions of different terms from different perspectives, ascending. */
  similarities: number[];
}

export interface CorpusDefinition extends ComparableDefinition {
  termId: string;
  termLabel: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
/** More background pairs than this are sampled evenly: enough for a stable scale, cheap at any size. */
const MAX_BACKGROUND_PAIRS = 5_000;
const GRAM = 4;

/**
 * The features of a text: character 4-grams of its content words, so that inflections and the
 * parts of Dutch compounds meet (werkhervatting ~ hervatting), without the term's own label.
 */
function features(text: string, labelStems: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const word of contentWords(text)) {
    if (labelStems.has(word.stem)) continue;
    const padded = ` ${word.text.toLowerCase()} `;
    for (let at = 0; at + GRAM <= padded.length; at += 1) found.add(padded.slice(at, at + GRAM));
  }
  return found;
}

const labelStemsOf = (label: string) => new Set(contentWords(label).map((word) => word.stem));

/** Cosine similarity of two feature sets, each feature weighted by its idf. */
function similarity(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  const weight = (feature: string) => idf.get(feature) ?? idf.get('') ?? 1;
  const norm = (set: Set<string>) => Math.sqrt([...set].reduce((sum, feature) => sum + weight(feature) ** 2, 0));
  const dot = [...a].filter((feature) => b.has(feature)).reduce((sum, feature) => sum + weight(feature) ** 2, 0);
  return dot ? dot / (norm(a) * norm(b)) : 0;
}

export function buildBackground(corpus: CorpusDefinition[]): Background {
  const featureSets = corpus.map((definition) => features(definition.text, labelStemsOf(definition.termLabel)));
  const documentFrequency = new Map<string, number>();
  for (const set of featureSets) for (const feature of set) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  // Smoothed idf; the empty key holds the weight of a feature no definition had yet.
  const idf = new Map([...documentFrequency].map(([feature, count]) => [feature, Math.log((corpus.length + 1) / (count + 1)) + 1]));
  idf.set('', Math.log(corpus.length + 1) + 1);
  const pairs: [number, number][] = [];
  corpus.forEach((first, i) => {
    corpus.forEach((second, j) => {
      if (j > i && first.termId !== second.termId && first.perspective !== second.perspective) pairs.push([i, j]);
    });
  });
  const step = Math.max(1, pairs.length / MAX_BACKGROUND_PAIRS);
  const similarities: number[] = [];
  for (let at = 0; at < pairs.length; at += step) {
    const [i, j] = pairs[Math.floor(at)];
    similarities.push(similarity(featureSets[i], featureSets[j], idf));
  }
  return { idf, similarities: similarities.sort((a, b) => a - b) };
}

/** The share of background pairs that overlap at least as much as the given similarity. */
function placeAmong(similarity: number, background: Background): number {
  const { similarities } = background;
  if (!similarities.length) return 1 - similarity;
  let low = 0;
  let high = similarities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (similarities[middle] < similarity) low = middle + 1;
    else high = middle;
  }
  return (similarities.length - low) / similarities.length;
}

/**
 * Compares the definitions of one term word by word: content words (Dutch stop words removed)
 * reduced to their stem, leaving out the term's own label, which every definition repeats.
 * Divergence weighs the overlap of each pair of perspectives by how rare the shared features
 * are (TF-IDF cosine) and places the mean among the background's overlaps.
 */
export function compareDefinitions(termLabel: string, definitions: ComparableDefinition[], background: Background): Comparison {
  const labelStems = labelStemsOf(termLabel);
  const surfaceCounts = new Map<string, Map<string, number>>();
  const stemsOf = new Map<string, string[]>();
  for (const definition of definitions) {
    const stems: string[] = [];
    for (const word of contentWords(definition.text)) {
      if (labelStems.has(word.stem)) continue;
      const forms = surfaceCounts.get(word.stem) ?? new Map<string, number>();
      const form = word.text.toLowerCase();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      surfaceCounts.set(word.stem, forms);
      if (!stems.includes(word.stem)) stems.push(word.stem);
    }
    stemsOf.set(definition.id, stems);
  }
  // Map iteration keeps insertion order, so ties go to the form seen first.
  const wordOf = (stem: string): string => [...surfaceCounts.get(stem)!].reduce((best, next) => (next[1] > best[1] ? next : best))[0];

  const perspectivesOf = new Map<string, Set<Perspective>>();
  const definitionsOf = new Map<string, string[]>();
  for (const definition of definitions) {
    for (const stem of stemsOf.get(definition.id)!) {
      perspectivesOf.set(stem, (perspectivesOf.get(stem) ?? new Set()).add(definition.perspective));
      definitionsOf.set(stem, [...(definitionsOf.get(stem) ?? []), definition.id]);
    }
  }
  const isShared = (stem: string) => perspectivesOf.get(stem)!.size >= 2;
  const element = (stem: string): Element => ({ stem, word: wordOf(stem) });

  const shared = [...perspectivesOf.keys()]
    .filter(isShared)
    .map((stem) => ({ ...element(stem), perspectives: [...perspectivesOf.get(stem)!], definitionIds: definitionsOf.get(stem)! }))
    .sort((a, b) => b.perspectives.length - a.perspectives.length || a.word.localeCompare(b.word, 'nl'));

  const featuresOf = new Map(definitions.map((definition) => [definition.id, features(definition.text, labelStems)]));
  const similarities: number[] = [];
  definitions.forEach((first, index) => {
    for (const second of definitions.slice(index + 1)) {
      if (first.perspective === second.perspective) continue;
      similarities.push(similarity(featuresOf.get(first.id)!, featuresOf.get(second.id)!, background.idf));
    }
  });
  const divergence = similarities.length ? round(placeAmong(similarities.reduce((sum, value) => sum + value, 0) / similarities.length, background)) : null;

  return {
    definitions: definitions.map((definition) => {
      const stems = stemsOf.get(definition.id)!;
      return {
        definitionId: definition.id,
        perspective: definition.perspective,
        distinctive: stems.filter((stem) => perspectivesOf.get(stem)!.size === 1).map(element),
        shared: stems.filter(isShared).map(element),
      };
    }),
    shared,
    divergence,
  };
}
