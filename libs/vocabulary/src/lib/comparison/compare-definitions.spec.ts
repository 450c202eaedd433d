import { Perspective } from '@werkkennis/kernel';
import { buildBackground, compareDefinitions } from './compare-definitions';

const definition = (id: string, perspective: Perspective, text: string) => ({ id, perspective, text });

/** Definitions of other terms, from different perspectives: the overlaps the comparison is placed among. */
const background = buildBackground(
  [
    ['participatie', Perspective.MINISTRY, 'Participatie is meedoen in de samenleving, bij voorkeur via betaald werk.'],
    ['participatie', Perspective.CLIENT, 'Participatie is erbij horen en iets betekenen voor anderen.'],
    ['bejegening', Perspective.UWV, 'Bejegening is de manier waarop de adviseur de klant tegemoet treedt.'],
    ['bejegening', Perspective.RESEARCH, 'Bejegening omvat respect, erkenning en een gelijkwaardige werkrelatie.'],
    ['werkhervatting', Perspective.UWV, 'Werkhervatting is het hervatten van betaald werk na ziekte of werkloosheid.'],
    ['werkhervatting', Perspective.MUNICIPALITY, 'Werkhervatting is een stap naar werk die past bij de inwoner.'],
  ].map(([termLabel, perspective, text], index) => ({ id: String(index), termId: termLabel, termLabel, perspective: perspective as Perspective, text })),
);

describe('compareDefinitions', () => {
  const comparison = compareDefinitions('maatwerk', [
    definition('uwv', Perspective.UWV, 'Maatwerk is een goede diagnose en begeleiding die past bij de klant.'),
    definition('gemeente', Perspective.MUNICIPALITY, 'Maatwerk is begeleiding die past bij het leven van de inwoner.'),
    definition('client', Perspective.CLIENT, 'Maatwerk is dat er naar mijn hele situatie wordt gekeken.'),
  ], background);

  it('finds the elements that two or more perspectives share, leaving out the term itself', () => {
    expect(comparison.shared.map((element) => element.word)).toEqual(['begeleiding', 'past']);
    expect(comparison.shared[0].perspectives).toEqual([Perspective.UWV, Perspective.MUNICIPALITY]);
    expect(comparison.shared.flatMap((element) => element.word)).not.toContain('maatwerk');
  });

  it('lists per definition what only its perspective says, in text order', () => {
    const byId = new Map(comparison.definitions.map((profile) => [profile.definitionId, profile]));
    expect(byId.get('uwv')!.distinctive.map((element) => element.word)).toEqual(['goede', 'diagnose', 'klant']);
    expect(byId.get('gemeente')!.distinctive.map((element) => element.word)).toEqual(['leven', 'inwoner']);
    expect(byId.get('client')!.shared).toEqual([]);
  });

  it('places the overlap of the perspectives among the overlaps of unrelated definitions', () => {
    const compare = (texts: string[]) =>
      compareDefinitions('x', texts.map((text, index) => definition(String(index), [Perspective.UWV, Perspective.CLIENT][index], text)), background).divergence!;
    // The same wording: overlaps more than any unrelated pair.
    expect(compare(['Begeleiding die past bij de klant.', 'Begeleiding die past bij de klant.'])).toBe(0);
    // Nothing in common: every unrelated pair overlaps at least as much.
    expect(compare(['Diagnose en begeleiding.', 'Gezien worden als mens.'])).toBe(1);
    expect(comparison.divergence).toBeGreaterThan(0);
    expect(comparison.divergence).toBeLessThan(1);
  });

  it('weighs rare shared words above common ones', () => {
    const pair = (shared: string) =>
      compareDefinitions('x', [definition('a', Perspective.UWV, `${shared} en inkomen.`), definition('b', Perspective.CLIENT, `${shared} en zorg.`)], background).divergence!;
    // "werk" occurs in many background definitions, "erkenning" in one.
    expect(pair('erkenning')).toBeLessThanOrEqual(pair('werk'));
  });

  it('counts definitions of one perspective as one voice and has no figure below two perspectives', () => {
    const single = compareDefinitions('x', [definition('a', Perspective.UWV, 'Werk en inkomen.'), definition('b', Perspective.UWV, 'Werk en zorg.')], background);
    expect(single.divergence).toBeNull();
    expect(single.shared).toEqual([]);
  });

  it('finds the same element in inflected forms through the stem', () => {
    const stemmed = compareDefinitions(
      'x',
      [definition('a', Perspective.UWV, 'Professionals begeleiden cliënten.'), definition('b', Perspective.RESEARCH, 'De professional begeleidt de cliënt.')],
      background,
    );
    expect(stemmed.shared.map((element) => element.stem).sort()).toEqual(['client', 'professional'].sort());
    // The same words in other forms overlap more than any unrelated pair.
    expect(stemmed.divergence).toBe(0);
  });
});
