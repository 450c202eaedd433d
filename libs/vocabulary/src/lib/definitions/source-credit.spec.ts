import { citationOf, parseCitation } from './source-credit';

describe('source credit', () => {
  it('splits a citation into title, publisher and year', () => {
    expect(parseCitation('Verslag praktijkbijeenkomst Onderbouwd adviseren, NVvA, 2023')).toEqual({ title: 'Verslag praktijkbijeenkomst Onderbouwd adviseren', publisher: 'NVvA', year: 2023 });
    expect(parseCitation('Koersdocument Werk, Participatie en Inkomen, Gemeente Amsterdam, 2022')).toEqual({
      title: 'Koersdocument Werk, Participatie en Inkomen',
      publisher: 'Gemeente Amsterdam',
      year: 2022,
    });
  });

  it('reads a citation without publisher, and keeps one without year as a title', () => {
    expect(parseCitation('Werkdocument, 2025')).toEqual({ title: 'Werkdocument', publisher: '', year: 2025 });
    expect(parseCitation('Gesprek met de cliëntenraad')).toEqual({ title: 'Gesprek met de cliëntenraad', publisher: '', year: null });
  });

  it('writes the citation with the organisation when the source names no publisher', () => {
    expect(citationOf({ title: 'Handreiking', publisher: '', year: 2024 }, 'Divosa')).toBe('Handreiking, Divosa, 2024');
    expect(citationOf({ title: 'Handreiking', publisher: 'Stichting Werkwijzer', year: null }, null)).toBe('Handreiking, Stichting Werkwijzer');
  });
});
