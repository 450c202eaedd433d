import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const TERM = `query($slug: String!) {
  term(slug: $slug) {
    id slug uri label labelEn altLabels altLabelsNl altLabelsEn abbreviations scopeNote plainExplanation status
    collections { slug label }
    relations { kind term { slug } }
  }
}`;
const CREATE = 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id slug label status } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateTermInput!) { updateTerm(id: $id, input: $input) { id slug label status scopeNote } }';
const CREATE_COLLECTION = 'mutation($input: CreateTermCollectionInput!) { createTermCollection(input: $input) { id slug label } }';

let created = 0;
/** A fresh, unused Dutch label, so tests do not depend on each other. */
const label = (base: string) => `${base} ${(created += 1)}`;

/** Terms as SKOS concepts, managed by admins and researchers through GraphQL. */
describe('vocabulary: terms', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const termBySlug = async (slug: string) => (await api.graphql(TERM, { slug })).data!.term;

  it('describes a demo term with labels per language, abbreviations, B1 explanation, collections and status', async () => {
    const term = await termBySlug('evidence-based-werken');
    expect(term).toMatchObject({
      label: 'evidence-based werken',
      labelEn: 'evidence-based practice',
      abbreviations: ['EBP'],
      status: 'PREFERRED',
      uri: 'http://werkkennis.test/terms/evidence-based-werken',
    });
    expect(term.altLabelsNl).toContain('onderbouwd werken');
    // The contract's altLabels keeps every other name, so search synonyms and old clients lose nothing.
    expect(term.altLabels).toEqual(expect.arrayContaining(['EBP', 'evidence-based practice', 'onderbouwd werken']));
    expect(term.plainExplanation.length).toBeGreaterThan(40);
    expect(term.collections.map((collection: { slug: string }) => collection.slug).sort()).toEqual(['bewijs-en-effect', 'professionele-praktijk']);
  });

  it('lets an admin create a term with every SKOS field, relations both ways, in one write with its outbox rows', async () => {
    const admin = await api.login(DEMO.admin);
    const participatie = await termBySlug('participatie');
    const outboxBefore = (await api.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE subject_type = 'TERM'`))[0].n;
    const result = await api.graphql(
      CREATE,
      {
        input: {
          label: label('arbeidsmarktregio'),
          labelEn: 'labour market region',
          altLabelsNl: ['regio'],
          altLabelsEn: ['job market region'],
          abbreviations: ['AMR'],
          scopeNote: 'De regio waarin gemeenten en UWV samen de werkgeversdienstverlening organiseren.',
          plainExplanation: 'Een arbeidsmarktregio is een gebied waarin gemeenten en UWV samenwerken om mensen aan werk te helpen.',
          status: 'PREFERRED',
          collectionSlugs: ['beleid-en-stelsel'],
          relations: [{ kind: 'BROADER', termId: participatie.id }],
        },
      },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTerm.status).toBe('PREFERRED');
    const term = await termBySlug(result.data!.createTerm.slug);
    expect(term).toMatchObject({ labelEn: 'labour market region', abbreviations: ['AMR'], collections: [{ slug: 'beleid-en-stelsel' }] });
    expect(term.relations).toEqual([{ kind: 'BROADER', term: { slug: 'participatie' } }]);
    expect((await termBySlug('participatie')).relations).toContainEqual({ kind: 'NARROWER', term: { slug: term.slug } });
    const outbox = await api.dataSource.query(`SELECT subject_id FROM outbox WHERE subject_type = 'TERM' ORDER BY id OFFSET $1`, [outboxBefore]);
    expect(outbox.map((row: { subject_id: string }) => row.subject_id).sort()).toEqual([term.id, participatie.id].sort());
  });

  it('makes a researcher’s new term a proposal, and leaves the status to admins', async () => {
    const researcher = await api.login(DEMO.researcher);
    const proposed = await api.graphql(CREATE, { input: { label: label('werkfit') } }, researcher);
    expect(proposed.data!.createTerm.status).toBe('PROPOSED');

    const promoted = await api.graphql(CREATE, { input: { label: label('werkfit'), status: 'PREFERRED' } }, researcher);
    expect(promoted.errors![0].extensions!.code).toBe('FORBIDDEN');
    const selfPromoted = await api.graphql(UPDATE, { id: proposed.data!.createTerm.id, input: { status: 'PREFERRED' } }, researcher);
    expect(selfPromoted.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(selfPromoted.errors![0].message).toMatch(/beheerder/);

    const edited = await api.graphql(UPDATE, { id: proposed.data!.createTerm.id, input: { scopeNote: 'Klaar voor werk, volgens de werkcoach.' } }, researcher);
    expect(edited.data!.updateTerm).toMatchObject({ status: 'PROPOSED', scopeNote: 'Klaar voor werk, volgens de werkcoach.' });
    const accepted = await api.graphql(UPDATE, { id: proposed.data!.createTerm.id, input: { status: 'ADMITTED' } }, await api.login(DEMO.admin));
    expect(accepted.data!.updateTerm.status).toBe('ADMITTED');
  });

  it('keeps the slug when the label changes, so links and URIs stay valid', async () => {
    const admin = await api.login(DEMO.admin);
    const term = (await api.graphql(CREATE, { input: { label: label('jobcoaching') } }, admin)).data!.createTerm;
    const renamed = await api.graphql(UPDATE, { id: term.id, input: { label: label('jobcoaching op de werkplek') } }, admin);
    expect(renamed.data!.updateTerm.slug).toBe(term.slug);
  });

  it('replaces relations in both directions on update', async () => {
    const admin = await api.login(DEMO.admin);
    const [bejegening, maatwerk] = await Promise.all([termBySlug('bejegening'), termBySlug('maatwerk')]);
    const term = (await api.graphql(CREATE, { input: { label: label('gespreksvoering'), relations: [{ kind: 'RELATED', termId: bejegening.id }] } }, admin)).data!.createTerm;
    await api.graphql(UPDATE, { id: term.id, input: { relations: [{ kind: 'NARROWER', termId: maatwerk.id }] } }, admin);
    expect((await termBySlug(term.slug)).relations).toEqual([{ kind: 'NARROWER', term: { slug: 'maatwerk' } }]);
    expect((await termBySlug('bejegening')).relations.map((relation: { term: { slug: string } }) => relation.term.slug)).not.toContain(term.slug);
    expect((await termBySlug('maatwerk')).relations).toContainEqual({ kind: 'BROADER', term: { slug: term.slug } });
  });

  it('refuses bad input field by field, in Dutch', async () => {
    const admin = await api.login(DEMO.admin);
    const empty = await api.graphql(CREATE, { input: { label: '', abbreviations: [''] } }, admin);
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { label: ['Dit veld is verplicht.'], abbreviations: [expect.stringMatching(/lege afkortingen/)] } });

    const unknownCollection = await api.graphql(CREATE, { input: { label: label('x'), collectionSlugs: ['bestaat-niet'] } }, admin);
    expect(unknownCollection.errors![0].extensions!.fields).toEqual({ collectionSlugs: [expect.stringContaining('bestaat-niet')] });

    const duplicate = await api.graphql(CREATE, { input: { label: 'Vakmanschap' } }, admin);
    expect(duplicate.errors![0].extensions!.fields).toEqual({ label: [expect.stringMatching(/bestaat al.*Voeg daar een definitie toe/)] });

    const nulled = await api.graphql(UPDATE, { id: (await termBySlug('maatwerk')).id, input: { label: null } }, admin);
    expect(nulled.errors![0].extensions!.fields).toEqual({ label: ['Dit veld is verplicht.'] });

    const missing = await api.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { scopeNote: 'x' } }, admin);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('reads a nested list of terms at a constant number of statements (DataLoaders, no N+1)', async () => {
    const nested = `query($first: Int!) {
      terms(first: $first) {
        nodes {
          uri divergence convergence { state } collections { slug } relations { term { slug } }
          definitions {
            organization { name } author { name } versions { changedBy { name } } relations { from { id } to { id } }
            annotations { author { name } anchor { start } replyTo { id } replies { id } }
          }
        }
      }
    }`;
    const statements = async (first: number) => {
      api.countStatements();
      const result = await api.graphql(nested, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.terms.nodes).toHaveLength(first);
      return api.queries.total;
    };
    // One batch per nested level: six times the terms never cost more statements.
    const few = await statements(2);
    const many = await statements(12);
    expect(many).toBeLessThanOrEqual(few);
    expect(many).toBeLessThanOrEqual(15);
  });

  it('lets admins create collections and lists them with their terms', async () => {
    const result = await api.graphql(CREATE_COLLECTION, { input: { label: 'Werkgeversdienstverlening', labelEn: 'Employer services' } }, await api.login(DEMO.admin));
    expect(result.data!.createTermCollection).toMatchObject({ slug: 'werkgeversdienstverlening' });
    const collections = (await api.graphql('{ termCollections { slug label terms { slug } } }')).data!.termCollections;
    const evidence = collections.find((collection: { slug: string }) => collection.slug === 'bewijs-en-effect');
    expect(evidence.terms.map((term: { slug: string }) => term.slug)).toContain('werkzame-elementen');
  });
});
