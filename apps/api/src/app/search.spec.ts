import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Hit = { type: string; id: string; slug: string; title: string; highlight: string };

/** Search through GraphQL, on the real Meilisearch, fed by the outbox. */
describe('search', () => {
  let api: TestApp;
  const operation = contractOperations();
  const search = async (input: Record<string, unknown>) => {
    const result = await api.graphql(operation.Search, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.search as { total: number; tookMs: number; hits: Hit[]; facets: { name: string; values: { value: string; count: number }[] }[] };
  };

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('finds a term despite a typo, with highlighted matches', async () => {
    const result = await search({ query: 'vakmanschp', types: ['TERM'] });
    expect(result.hits[0]).toMatchObject({ type: 'TERM', slug: 'vakmanschap' });
    expect(result.hits.some((hit) => hit.highlight.includes('<mark>'))).toBe(true);
  });

  it('finds evidence-based werken by its abbreviation EBP (vocabulary synonyms)', async () => {
    const result = await search({ query: 'EBP' });
    expect(result.hits.map((hit) => hit.slug)).toContain('evidence-based-werken');
  });

  it('finds parts of Dutch compounds: hervatting finds werkhervatting', async () => {
    const result = await search({ query: 'hervatting' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.some((hit) => /werkhervatting/i.test(hit.highlight) || /werkhervatting/i.test(hit.title))).toBe(true);
  });

  it('counts facets and narrows by them', async () => {
    const all = await search({ query: '', facets: ['type', 'evidenceLevel'] });
    const types = all.facets.find((facet) => facet.name === 'type')!;
    expect(types.values.map((value) => value.value).sort()).toEqual(['FINDING', 'INTERVENTION', 'PROJECT', 'TERM']);
    const level = all.facets.find((facet) => facet.name === 'evidenceLevel')!.values[0];
    const narrowed = await search({ query: '', filters: [{ name: 'evidenceLevel', values: [level.value] }], limit: 100 });
    expect(narrowed.total).toBe(level.count);
    expect(narrowed.hits.every((hit) => hit.type === 'INTERVENTION')).toBe(true);
  });

  it('facets by year as four-digit years, and narrows by one', async () => {
    const years = (await search({ query: '', facets: ['year'] })).facets.find((facet) => facet.name === 'year')!.values;
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((year) => /^20\d\d$/.test(year.value))).toBe(true);
    const narrowed = await search({ query: '', filters: [{ name: 'year', values: [years[0].value] }], limit: 100 });
    expect(narrowed.total).toBe(years[0].count);
  });

  it('never shows drafts', async () => {
    const [draft] = await api.dataSource.query(`SELECT id, title FROM project WHERE state = 'DRAFT' LIMIT 1`);
    const result = await search({ query: draft.title, limit: 100 });
    expect(result.hits.map((hit) => hit.id)).not.toContain(draft.id);
  });

  it('finds by prefix as one types: re-integr finds re-integratie', async () => {
    const result = await search({ query: 're-integr' });
    const plain = (hit: Hit) => `${hit.title} ${hit.highlight.replace(/<\/?mark>/g, '')}`.toLowerCase();
    expect(result.hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of result.hits.slice(0, 3)) expect(plain(hit)).toContain('re-integr');
  });

  it('ignores diacritics: client finds cliënt', async () => {
    const result = await search({ query: 'client', limit: 50 });
    expect(result.hits.some((hit) => /cliënt/i.test(hit.highlight))).toBe(true);
  });

  it('escapes user text in highlights so that only <mark> is markup', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    const title = 'Zwemles <img src=x onerror=alert(1)> en "werk" <script>alert(2)</script>';
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title, summary: 'Zwemles als opstap naar werk.' }) }, editor)).data!
      .createProject.id;
    await api.graphql(operation.PublishProject, { id }, editor);
    await api.indexer.drain();
    const hit = (await search({ query: 'zwemles' })).hits.find((h) => h.id === id)!;
    expect(hit.title).toBe(title);
    const markup = hit.highlight.match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(markup.every((tag) => tag === '<mark>' || tag === '</mark>')).toBe(true);
    expect(hit.highlight).not.toContain('<script');
  });

  it('refuses unknown filter values, naming them', async () => {
    const result = await api.graphql(operation.Search, { input: { query: '', filters: [{ name: 'targetGroups', values: ['WW', 'MARSMANNEN'] }] } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('MARSMANNEN');
    const quotes = await api.graphql(operation.Search, { input: { query: "werk' OR 1=1 --", filters: [{ name: 'organization', values: ['Gemeente "Tilburg\\'] }] } });
    expect(quotes.errors).toBeUndefined();
    expect(quotes.data!.search.total).toBe(0);
  });

  it.each([
    ['counts of', { facets: ['wachtwoord'] }],
    ['a filter on', { filters: [{ name: 'wachtwoord', values: ['geheim'] }] }],
  ])('GraphQL refuses %s a facet outside the FacetName enum, naming it', async (_, fields) => {
    const result = await api.graphql(operation.Search, { input: { query: 'werk', ...fields } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('Value "wachtwoord" does not exist in "FacetName" enum');
  });

  it('refuses a page that is too large', async () => {
    const large = await api.graphql(operation.Search, { input: { query: 'werk', limit: 10_000 } });
    expect(large.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('finds a project within a second of publishing, and loses it when archived', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    const title = 'Fietsroute naar werk voor statushouders';
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title }) }, editor)).data!.createProject.id;
    await api.graphql(operation.PublishProject, { id }, editor);
    const published = Date.now();
    let found = false;
    while (!found && Date.now() - published < 5_000) {
      found = (await search({ query: 'fietsroute statushouders' })).hits.some((hit) => hit.id === id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(found).toBe(true);
    expect(Date.now() - published).toBeLessThan(1_000);

    await api.graphql(operation.ArchiveProject, { id }, editor);
    await api.indexer.drain();
    expect((await search({ query: 'fietsroute statushouders' })).hits.map((hit) => hit.id)).not.toContain(id);
  });
});
