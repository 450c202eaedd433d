import { anchorPassage, quoteOf, type TextSpan } from './anchoring';

const text = 'Regels zijn een middel. Wie de regels kent, weet wanneer regels wijken voor de persoon.';
const spanOf = (haystack: string, words: string, from = 0): TextSpan => {
  const start = haystack.indexOf(words, from);
  return { start, end: start + words.length };
};
const selectorOf = (haystack: string, words: string, from = 0) => {
  const span = spanOf(haystack, words, from);
  return { quote: quoteOf(haystack, span), position: span };
};

describe('anchoring a quoted passage', () => {
  it('is anchored where it was quoted, in the unchanged text', () => {
    const { quote, position } = selectorOf(text, 'een middel');
    expect(anchorPassage(text, quote, position)).toEqual({ status: 'ANCHORED', ...position });
  });

  it('picks the occurrence whose surroundings match, not the first', () => {
    const { quote, position } = selectorOf(text, 'regels', 40);
    expect(anchorPassage(text, quote, null)).toEqual({ status: 'ANCHORED', ...position });
  });

  it('follows the passage when text before it is revised, and says it moved', () => {
    const { quote, position } = selectorOf(text, 'wanneer regels wijken');
    const revised = `Volgens de praktijk: ${text}`;
    const anchor = anchorPassage(revised, quote, position);
    expect(anchor.status).toBe('MOVED');
    expect(revised.slice(anchor.start!, anchor.end!)).toBe('wanneer regels wijken');
  });

  it('finds a passage whose words were lightly edited, by approximate matching', () => {
    const { quote, position } = selectorOf(text, 'wanneer regels wijken voor de persoon');
    const revised = text.replace('wanneer regels wijken voor de persoon', 'wanneer de regels wijken voor de mens');
    const anchor = anchorPassage(revised, quote, position);
    expect(anchor.status).toBe('APPROXIMATE');
    expect(revised.slice(anchor.start!, anchor.end!)).toMatch(/^wanneer de regels wijken voor de/);
  });

  it('is orphaned when the passage was revised away, rather than pinned to look-alike words', () => {
    const { quote, position } = selectorOf(text, 'Wie de regels kent');
    const revised = 'Regels zijn een middel. Wie de praktijk kent, weet wanneer ze wijken voor de persoon.';
    expect(anchorPassage(revised, quote, position)).toEqual({ status: 'ORPHANED', start: null, end: null });
    expect(anchorPassage('Een heel andere tekst.', quote, position).status).toBe('ORPHANED');
  });

  it('keeps a short quote only when its exact words are still there', () => {
    const { quote, position } = selectorOf(text, 'kent');
    expect(anchorPassage(text.replace('kent', 'kan'), quote, position).status).toBe('ORPHANED');
  });

  it('quotes a span with up to 32 characters of context on each side', () => {
    expect(quoteOf(text, spanOf(text, 'middel'))).toEqual({ exact: 'middel', prefix: 'Regels zijn een ', suffix: '. Wie de regels kent, weet wanne' });
  });
});
