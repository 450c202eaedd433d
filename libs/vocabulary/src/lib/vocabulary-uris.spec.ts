import { DEFAULT_BASE_URI, VocabularyUris } from './vocabulary-uris';

describe('VocabularyUris', () => {
  it('uses the default base URI unless one is configured', () => {
    expect(new VocabularyUris().term({ slug: 'maatwerk', uri: null })).toBe(`${DEFAULT_BASE_URI}terms/maatwerk`);
    const configured = new VocabularyUris({ baseUri: 'https://werkkennis.gemeente.example' });
    expect(configured.term({ slug: 'maatwerk', uri: null })).toBe('https://werkkennis.gemeente.example/terms/maatwerk');
    expect(configured.scheme()).toBe('https://werkkennis.gemeente.example/vocabulary');
  });

  it('keeps the URI a concept was imported with', () => {
    expect(new VocabularyUris().term({ slug: 'jobcarving', uri: 'https://elders.example/begrip/jobcarving' })).toBe('https://elders.example/begrip/jobcarving');
  });

  it('reads the key back from its own URIs only', () => {
    const uris = new VocabularyUris();
    expect(uris.keyIn('terms', uris.term({ slug: 're-integratie', uri: null }))).toBe('re-integratie');
    expect(uris.keyIn('definitions', uris.definition('5f0c…'))).toBe('5f0c…');
    expect(uris.keyIn('terms', 'https://elders.example/terms/maatwerk')).toBeNull();
    expect(uris.keyIn('terms', `${DEFAULT_BASE_URI}terms/a/b`)).toBeNull();
    expect(uris.keyIn('collections', uris.term({ slug: 'maatwerk', uri: null }))).toBeNull();
  });
});
