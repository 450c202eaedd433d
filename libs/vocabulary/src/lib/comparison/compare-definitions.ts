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
  /** 1 − the mean Jaccard similarity of the element sets of definitions from different perspectives; null below two perspectives. */
  divergence: number | null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (!union.size) return 1;
  return [...a].filter((stem) => b.has(stem)).length / union.size;
}

/**
 * Compares the definitions of one term word by word: content words (Dutch stop words removed)
 * reduced to their stem, leaving out the term's own label, which every definition repeats.
 */
export function compareDefinitions(termLabel: string, definitions: ComparableDefinition[]): Comparison {
  const labelStems = new Set(contentWords(termLabel).map((word) => word.stem));
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

  const similarities: number[] = [];
  definitions.forEach((first, index) => {
    for (const second of definitions.slice(index + 1)) {
      if (first.perspective === second.perspective) continue;
      similarities.push(jaccard(new Set(stemsOf.get(first.id)), new Set(stemsOf.get(second.id))));
    }
  });
  const divergence = similarities.length ? round(1 - similarities.reduce((sum, value) => sum + value, 0) / similarities.length) : null;

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
