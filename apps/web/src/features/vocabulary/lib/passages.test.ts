import { describe, expect, it } from 'vitest';
import { anchoredPassages, occursIn } from './passages';

// The selection itself (selectionIn) needs a browser: the browser test selects words with the mouse.

describe('passages', () => {
  it('accepts typed words that occur in the definition, whatever the white space or emphasis', () => {
    const text = 'Maatwerk is *afwijken* van de standaard\nals de situatie daarom vraagt.';
    expect(occursIn(text, 'afwijken van de standaard als')).toBe(true);
    expect(occursIn(text, 'de regel toepassen')).toBe(false);
    expect(occursIn(text, '   ')).toBe(false);
  });

  it('numbers only the annotations whose passage is still found', () => {
    const passages = anchoredPassages([
      { id: 'a', anchor: { start: 0, end: 4 } },
      { id: 'b', anchor: null },
      { id: 'c', anchor: { start: null, end: null } },
      { id: 'd', anchor: { start: 5, end: 9 } },
    ]);
    expect(passages.map(({ annotation, number }) => [annotation.id, number])).toEqual([
      ['a', 1],
      ['d', 2],
    ]);
  });
});
