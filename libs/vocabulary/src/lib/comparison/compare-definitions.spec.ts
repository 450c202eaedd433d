import { Perspective } from '@werkkennis/kernel';
import { compareDefinitions } from './compare-definitions';

const definition = (id: string, perspective: Perspective, text: string) => ({ id, perspective, text });

describe('compareDefinitions', () => {
  const comparison = compareDefinitions('maatwerk', [
    definition('uwv', Perspective.UWV, 'Maatwerk is een goede diagnose en begeleiding die past bij de klant.'),
    definition('gemeente', Perspective.MUNICIPALITY, 'Maatwerk is begeleiding die past bij het leven van de inwoner.'),
    definition('client', Perspective.CLIENT, 'Maatwerk is dat er naar mijn hele situatie wordt gekeken.'),
  ]);

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

  it('measures divergence as 1 − mean pairwise Jaccard similarity across perspectives', () => {
    // uwv–gemeente share 2 of 7 stems; the client shares nothing with either.
    expect(comparison.divergence).toBeCloseTo(1 - (2 / 7 + 0 + 0) / 3, 3);
  });

  it('counts definitions of one perspective as one voice and has no figure below two perspectives', () => {
    const single = compareDefinitions('x', [definition('a', Perspective.UWV, 'Werk en inkomen.'), definition('b', Perspective.UWV, 'Werk en zorg.')]);
    expect(single.divergence).toBeNull();
    expect(single.shared).toEqual([]);
  });

  it('finds the same element in inflected forms through the stem', () => {
    const stemmed = compareDefinitions('x', [
      definition('a', Perspective.UWV, 'Professionals begeleiden cliënten.'),
      definition('b', Perspective.RESEARCH, 'De professional begeleidt de cliënt.'),
    ]);
    expect(stemmed.shared.map((element) => element.stem).sort()).toEqual(['client', 'professional'].sort());
    // Snowball keeps begeleiden and begeleidt apart: 2 of 4 stems shared.
    expect(stemmed.divergence).toBe(0.5);
  });
});
