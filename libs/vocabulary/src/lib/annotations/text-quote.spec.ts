import { locateQuote, quoteOf } from './text-quote';

describe('text quotes', () => {
  const text = 'Regels zijn een middel. Wie de regels kent, weet wanneer regels wijken.';

  it('finds the occurrence whose prefix and suffix match best', () => {
    const second = text.indexOf('regels', 30);
    const quote = quoteOf(text, { start: second, end: second + 'regels'.length });
    expect(locateQuote(text, quote)).toEqual({ start: second, end: second + 6 });
  });

  it('follows the quote when text around it changes', () => {
    const quote = quoteOf(text, { start: text.indexOf('middel'), end: text.indexOf('middel') + 6 });
    const edited = `Volgens ons zijn ${text.slice(7)}`;
    const span = locateQuote(edited, quote)!;
    expect(edited.slice(span.start, span.end)).toBe('middel');
  });

  it('is lost when the quoted words are gone', () => {
    expect(locateQuote('Een heel andere tekst.', { exact: 'middel', prefix: '', suffix: '' })).toBeNull();
  });
});
