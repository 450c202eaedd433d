import { ContentChanges } from '@werkkennis/persistence';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const IMPORT = 'mutation($turtle: String!) { importVocabulary(turtle: $turtle) { added { kind uri } refused { uri reason } } }';
const SLUGS = '{ terms(first: 100) { nodes { slug } } }';
const TERM = `query($slug: String!) {
  term(slug: $slug) {
    slug uri label labelEn altLabelsNl altLabelsEn abbreviations scopeNote plainExplanation status
    collections { slug label labelEn }
    relations { kind term { slug } }
    definitions { id text perspective source sourceUrl organization { slug } author { name } versions { version } }
  }
}`;

/** What leaves as SKOS comes back the same: the export is complete enough to rebuild the vocabulary. */
describe('vocabulary: export → import round trip', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  type Term = {
    slug: string;
    altLabelsNl: string[];
    altLabelsEn: string[];
    abbreviations: string[];
    definitions: { id: string }[];
    relations: { kind: string; term: { slug: string } }[];
    collections: { slug: string }[];
  };
  /** Everything the vocabulary says, in an order that does not depend on insertion. */
  const everything = async (): Promise<Term[]> => {
    const slugs: string[] = (await api.graphql(SLUGS)).data!.terms.nodes.map((node: { slug: string }) => node.slug).sort();
    const terms: Term[] = await Promise.all(slugs.map(async (slug) => (await api.graphql(TERM, { slug })).data!.term));
    // RDF keeps no order: labels come back as the same set.
    return terms.map((term) => ({
      ...term,
      altLabelsNl: [...term.altLabelsNl].sort(),
      altLabelsEn: [...term.altLabelsEn].sort(),
      abbreviations: [...term.abbreviations].sort(),
      definitions: [...term.definitions].sort((a, b) => a.id.localeCompare(b.id)),
      relations: [...term.relations].sort((a, b) => `${a.kind}${a.term.slug}`.localeCompare(`${b.kind}${b.term.slug}`)),
      collections: [...term.collections].sort((a, b) => a.slug.localeCompare(b.slug)),
    }));
  };

  it('reproduces every term, label, relation, collection and definition in an emptied vocabulary', async () => {
    const exported = await (await fetch(`${api.url}/vocabulary.ttl`)).text();
    const original = await everything();
    expect(original.length).toBeGreaterThanOrEqual(14);

    await api.dataSource.query('TRUNCATE term, term_collection CASCADE');
    // Emptied by hand, around the write path: say so, as every write through it does.
    api.app.get(ContentChanges).committed();
    expect(await everything()).toEqual([]);

    const result = await api.graphql(IMPORT, { turtle: exported }, await api.login(DEMO.admin));
    expect(result.errors).toBeUndefined();
    const report = result.data!.importVocabulary;
    expect(report.refused).toEqual([]);
    const definitionCount = original.reduce((sum, term) => sum + term.definitions.length, 0);
    const collectionCount = new Set(original.flatMap((term) => term.collections.map((collection) => collection.slug))).size;
    expect(report.added).toHaveLength(original.length + definitionCount + collectionCount);
    expect(await everything()).toEqual(original);
  });
});
