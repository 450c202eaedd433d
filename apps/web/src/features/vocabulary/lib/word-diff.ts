import { diffWords } from 'diff';

export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed between two texts, word by word (punctuation counts as its own word). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

/** How many words were added and removed, for a one-line summary of a diff. */
export function countChangedWords(parts: DiffPart[]): { added: number; removed: number } {
  const words = (change: DiffPart['change']) =>
    parts.filter((part) => part.change === change).reduce((sum, part) => sum + (part.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return { added: words('added'), removed: words('removed') };
}
