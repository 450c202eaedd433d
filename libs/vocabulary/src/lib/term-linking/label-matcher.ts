import { words, type Word } from '../text/dutch-words';

/** A term as the matcher sees it: its labels, the preferred one first. */
export interface LinkableTerm {
  id: string;
  slug: string;
  label: string;
  /** Labels matched on their Dutch stems: preferred and alternative, Dutch and English. */
  labels: string[];
  /** Matched letter for letter only, so that `IPS` does not link every `ips`. */
  abbreviations: string[];
}

export interface LabelMatch {
  termId: string;
  termSlug: string;
  /** The term's preferred label. */
  label: string;
  /** The words as they stand in the text. */
  matchedText: string;
  start: number;
  end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  term?: LinkableTerm;
}

// Words of one label may be apart by spaces and hyphens only, never across punctuation.
const JOINING = /^[\s\-\u2010-\u2013]+$/u;
const exactKey = (text: string) => `=${text}`;

/**
 * Finds mentions of the vocabulary's labels in a text. Labels are compiled once into a trie of
 * word keys; the text is scanned left to right, at each word taking the longest label that
 * starts there, and continuing after it, so mentions never overlap.
 */
export class LabelMatcher {
  private readonly root: TrieNode = { children: new Map() };

  constructor(terms: LinkableTerm[]) {
    // Preferred labels first: a label that is one term's name and another's synonym links to the first.
    for (const term of terms) this.add(words(term.label).map((word) => word.stem), term);
    for (const term of terms) {
      for (const label of term.labels.slice(1)) this.add(words(label).map((word) => word.stem), term);
      for (const abbreviation of term.abbreviations) this.add(words(abbreviation).map((word) => exactKey(word.text)), term);
    }
  }

  private add(keys: string[], term: LinkableTerm): void {
    if (!keys.length) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.term ??= term;
  }

  find(text: string): LabelMatch[] {
    const tokens = words(text);
    const matches: LabelMatch[] = [];
    let index = 0;
    while (index < tokens.length) {
      const longest = this.longestFrom(text, tokens, index);
      if (!longest) {
        index += 1;
        continue;
      }
      const start = tokens[index].start;
      const end = tokens[longest.lastIndex].end;
      matches.push({ termId: longest.term.id, termSlug: longest.term.slug, label: longest.term.label, matchedText: text.slice(start, end), start, end });
      index = longest.lastIndex + 1;
    }
    return matches;
  }

  private longestFrom(text: string, tokens: Word[], first: number): { term: LinkableTerm; lastIndex: number } | null {
    let best: { term: LinkableTerm; lastIndex: number } | null = null;
    const walk = (node: TrieNode, index: number): void => {
      if (index > first && !JOINING.test(text.slice(tokens[index - 1].end, tokens[index]?.start ?? text.length))) return;
      const token = tokens[index];
      if (!token) return;
      for (const key of [token.stem, exactKey(token.text)]) {
        const child = node.children.get(key);
        if (!child) continue;
        if (child.term && (!best || index > best.lastIndex)) best = { term: child.term, lastIndex: index };
        walk(child, index + 1);
      }
    };
    walk(this.root, first);
    return best;
  }
}
