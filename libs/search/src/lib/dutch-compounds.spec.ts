import { CompoundLexicon, compoundParts } from './dutch-compounds';

describe('compoundParts', () => {
  const parts = (text: string): string[] => compoundParts(text, new CompoundLexicon());

  it('splits werkhervatting into werk and hervatting', () => {
    expect(parts('werkhervatting')).toEqual(['werk', 'hervatting']);
  });

  it('splits re-integratietraject across the hyphen', () => {
    expect(parts('re-integratietraject')).toEqual(['re-integratie', 'integratie', 'traject']);
  });

  it('drops the linking s of arbeidsdeskundige', () => {
    expect(parts('arbeidsdeskundige')).toEqual(['arbeid', 'deskundige']);
  });

  it('prefers the fewest parts and splits those parts again', () => {
    expect(parts('werkgeversdienstverlening')).toEqual(['werkgever', 'werk', 'gever', 'dienstverlening']);
  });

  it('strips an inflection from the last part', () => {
    expect(parts('re-integratietrajecten')).toContain('traject');
    expect(parts('werkzoekenden')).toEqual(['werk', 'zoekende']);
  });

  it('handles the linking morpheme -en-', () => {
    expect(parts('ouderenbeleid')).toEqual(['ouderen', 'beleid']);
    expect(parts('klachtenbegeleiding')).toEqual(['klachten', 'begeleiding']);
  });

  it('splits every compound in a running text, case-insensitively, without duplicates', () => {
    expect(parts('Duurzame werkhervatting en Werkhervatting na verzuimbegeleiding')).toEqual([
      'werk',
      'hervatting',
      'verzuim',
      'begeleiding',
    ]);
  });

  it.each(['vakmanschap', 'bijstand', 'werk', 'uwv', 'gemeente', 'overleg', 'werken', 'trajecten'])(
    'leaves %s whole',
    (word) => {
      expect(parts(word)).toEqual([]);
    },
  );

  it('does not split when a piece is unknown', () => {
    expect(parts('xyzwerk')).toEqual([]);
    expect(parts('werkxyz')).toEqual([]);
    expect(parts('talentontwikkeling')).toEqual([]);
  });

  it('keeps short hyphen segments out of the parts', () => {
    expect(parts('ex-werknemer')).toEqual(['werknemer', 'werk', 'nemer']);
  });
});

describe('CompoundLexicon.learnFrom', () => {
  it('learns words from documents, so their compounds split afterwards', () => {
    const lexicon = new CompoundLexicon();
    lexicon.learnFrom('Elk talent telt.');
    expect(compoundParts('talentontwikkeling', lexicon)).toEqual(['talent', 'ontwikkeling']);
  });

  it('does not learn short words or stop words, which would cause accidental splits', () => {
    const lexicon = new CompoundLexicon();
    lexicon.learnFrom('maar dan vers over de lagen');
    expect(lexicon.has('vers')).toBe(false);
    expect(lexicon.has('maar')).toBe(false);
    expect(compoundParts('verslagen', lexicon)).toEqual([]);
  });
});
