import { contentWords, stem, words } from './dutch-words';

describe('Dutch words', () => {
  it('stems inflections and compounds to one stem', () => {
    expect(stem('werkhervatting')).toBe(stem('Werkhervatting'));
    expect(stem('cliënten')).toBe(stem('cliënt'));
    expect(stem('professionals')).toBe(stem('professional'));
  });

  it('keeps the position of every word, and splits on hyphens', () => {
    const text = 'De re-integratie van cliënten.';
    expect(words(text).map((word) => [word.text, text.slice(word.start, word.end)])).toEqual([
      ['De', 'De'],
      ['re', 're'],
      ['integratie', 'integratie'],
      ['van', 'van'],
      ['cliënten', 'cliënten'],
    ]);
  });

  it('leaves out stop words, numbers and short words', () => {
    expect(contentWords('Het is in 2022 zo dat de professional zelf kiest.').map((word) => word.text)).toEqual(['professional', 'kiest']);
  });

  it('leaves out everyday verbs the stemmer would fold onto other words, keeps verbs that carry meaning', () => {
    // "weet" (knows) and "wet" (law) share the stem `wet`; only the law is content.
    expect(contentWords('De cliënt weet wat de wet vraagt.').map((word) => word.text)).toEqual(['cliënt', 'wet', 'vraagt']);
    expect(contentWords('Duurzaam werk vinden en kansen krijgen.').map((word) => word.text)).toEqual(['Duurzaam', 'werk', 'vinden', 'kansen', 'krijgen']);
  });
});
