import { describe, expect, it } from 'vitest';
import { countChangedWords, wordDiff } from './word-diff';

describe('word diff', () => {
  it('marks the words that were added and removed, and keeps the rest', () => {
    const parts = wordDiff('Regels zijn een middel, geen doel.', 'Regels zijn vooral een middel, nooit een doel.');
    expect(parts.filter((part) => part.change !== 'same')).toEqual([
      { change: 'added', text: 'vooral ' },
      { change: 'removed', text: 'geen' },
      { change: 'added', text: 'nooit een' },
    ]);
    expect(parts.filter((part) => part.change !== 'added').map((part) => part.text).join('')).toBe('Regels zijn een middel, geen doel.');
    expect(parts.filter((part) => part.change !== 'removed').map((part) => part.text).join('')).toBe('Regels zijn vooral een middel, nooit een doel.');
  });

  it('counts changed words, not spaces or punctuation', () => {
    expect(countChangedWords(wordDiff('De cliënt beslist.', 'De cliënt en de klantmanager beslissen samen.'))).toEqual({ added: 5, removed: 1 });
    expect(countChangedWords(wordDiff('Gelijk.', 'Gelijk.'))).toEqual({ added: 0, removed: 0 });
  });
});
