import { Parser } from 'n3';
import { contractOperations } from '../testing/operations';
import { DEMO_PASSWORD } from '@werkkennis/demo-content';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdateDefinitionInput!) {
  updateDefinition(id: $id, input: $input) { id text source sourceUrl version }
}`;
const HISTORY = `query($slug: String!) {
  term(slug: $slug) {
    definitions { id version text viewerCanRevise versions { version text source sourceUrl changeNote changedBy { id name } changedAt } }
  }
}`;
const RELATE = `mutation($input: RelateDefinitionsInput!) {
  relateDefinitions(input: $input) { id kind reason from { id } to { id } statedBy { name } }
}`;
const CONVERGENCE = `query($slug: String!) {
  term(slug: $slug) {
    convergence { state agreeing conflicting }
    definitions { id perspective relations { kind from { perspective } to { perspective } reason } }
  }
}`;

/** Definitions per perspective with a full version history, and researchers' statements about how they relate. */
describe('vocabulary: definitions', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const term = async (slug: string) => (await api.graphql(operation.Term, { slug })).data!.term;
  const states = async (slug: string) => (await api.graphql(CONVERGENCE, { slug })).data!.term.convergence;

  /** A fresh definition by the demo researcher on a term, so edits do not touch other tests. */
  async function researcherDefinition(slug = 'professionalisering', text = 'Professionalisering is leren als beroepsgroep, met een eigen kennisbasis.') {
    const added = await api.graphql(
      operation.AddDefinition,
      { input: { termId: (await term(slug)).id, text, perspective: 'RESEARCH', source: 'Werkdocument, 2025' } },
      await api.login(DEMO.researcher),
    );
    return added.data!.addDefinition.id as string;
  }

  it('credits the real source apart from who entered it, and the trail keeps both', async () => {
    const researcher = await api.login(DEMO.researcher);
    const nvva = (await api.graphql('query { organization(slug: "nvva") { id name } }')).data!.organization;
    const CREDIT = `id source sourceTitle sourcePublisher sourceYear organization { name } author { name } authorOrganization { name }`;
    const added = await api.graphql(
      `mutation($input: AddDefinitionInput!) { addDefinition(input: $input) { ${CREDIT} } }`,
      {
        input: {
          termId: (await term('professionalisering')).id,
          text: 'Professionalisering is onderbouwd adviseren, getoetst door vakgenoten.',
          perspective: 'PRACTITIONER',
          sourceTitle: 'Verslag praktijkbijeenkomst',
          sourceYear: 2023,
          organizationId: nvva.id,
        },
      },
      researcher,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDefinition).toMatchObject({
      source: `Verslag praktijkbijeenkomst, ${nvva.name}, 2023`,
      sourceTitle: 'Verslag praktijkbijeenkomst',
      sourcePublisher: '',
      sourceYear: 2023,
      organization: { name: nvva.name },
      author: { name: expect.any(String) },
      authorOrganization: { name: 'Tilburg University' },
    });
    const id = added.data!.addDefinition.id;

    // An outside party by name: no organisation is taken from the author.
    const outside = await api.graphql(
      `mutation($id: ID!, $input: UpdateDefinitionInput!) { updateDefinition(id: $id, input: $input) { ${CREDIT} } }`,
      { id, input: { organizationId: null, sourcePublisher: 'Stichting Werkwijzer', changeNote: 'Bron gecorrigeerd.' } },
      researcher,
    );
    expect(outside.data!.updateDefinition).toMatchObject({ source: 'Verslag praktijkbijeenkomst, Stichting Werkwijzer, 2023', organization: null, authorOrganization: { name: 'Tilburg University' } });
    const [trail] = await api.dataSource.query(`SELECT actor_id AS "actorId", changes FROM audit_entry WHERE subject_id = $1 AND action = 'definition.update'`, [id]);
    expect(trail.actorId).toEqual(expect.any(String));
    expect(trail.changes).toMatchObject({ sourcePublisher: { before: '', after: 'Stichting Werkwijzer' }, organizationId: { before: nvva.id, after: null } });
  });

  it('exports an outside publisher by name, apart from the person who entered the definition', async () => {
    const added = await api.graphql(
      'mutation($input: AddDefinitionInput!) { addDefinition(input: $input) { id } }',
      { input: { termId: (await term('professionalisering')).id, text: 'Professionalisering is vakmanschap onderhouden.', perspective: 'PRACTITIONER', source: 'Handreiking, Stichting Werkwijzer, 2024' } },
      await api.login(DEMO.researcher),
    );
    const quads = new Parser().parse(await (await fetch(`${api.url}/terms/professionalisering.ttl`)).text());
    const definition = quads.find((quad) => quad.subject.value.endsWith(`/definitions/${added.data!.addDefinition.id}`))!.subject.value;
    const objectOf = (subject: string, predicate: string) => quads.find((quad) => quad.subject.value === subject && quad.predicate.value === predicate)?.object.value;
    const publisher = objectOf(definition, 'http://purl.org/dc/terms/publisher')!;
    expect(objectOf(publisher, 'http://xmlns.com/foaf/0.1/name')).toBe('Stichting Werkwijzer');
    expect(objectOf(definition, 'http://purl.org/dc/terms/creator')).toContain('/people/');
    expect(objectOf(objectOf(definition, 'http://purl.org/dc/terms/source')!, 'http://purl.org/dc/terms/bibliographicCitation')).toBe('Handreiking, Stichting Werkwijzer, 2024');
  });

  it('keeps a citation that has no fields yet (as an import leaves it) through a revision of the text', async () => {
    const id = await researcherDefinition();
    await api.dataSource.query(`UPDATE definition SET source = 'Lectorale rede, Hogeschool Utrecht, 2021', source_title = '', source_publisher = '', source_year = NULL WHERE id = $1`, [id]);
    const revised = await api.graphql(UPDATE, { id, input: { text: 'Professionalisering is leren met vakgenoten.', changeNote: 'Korter.' } }, await api.login(DEMO.researcher));
    expect(revised.data!.updateDefinition.source).toBe('Lectorale rede, Hogeschool Utrecht, 2021');
  });

  it('takes the organisation of a new definition from its source, never from its author', async () => {
    const added = await api.graphql(
      'mutation($input: AddDefinitionInput!) { addDefinition(input: $input) { organization { name } sourceTitle sourcePublisher sourceYear } }',
      { input: { termId: (await term('professionalisering')).id, text: 'Professionalisering is bijblijven.', perspective: 'RESEARCH', source: 'Handreiking, Divosa, 2024' } },
      await api.login(DEMO.researcher),
    );
    expect(added.data!.addDefinition).toEqual({ organization: null, sourceTitle: 'Handreiking', sourcePublisher: 'Divosa', sourceYear: 2024 });
  });

  it('keeps every version readable, with who changed what and when', async () => {
    const researcher = await api.login(DEMO.researcher);
    const id = await researcherDefinition();
    const second = await api.graphql(UPDATE, { id, input: { text: 'Professionalisering is samen leren als beroepsgroep.' } }, researcher);
    expect(second.data!.updateDefinition.version).toBe(2);
    const third = await api.graphql(UPDATE, { id, input: { source: 'Lectorale rede, 2026', sourceUrl: 'https://www.hu.example/rede' } }, await api.login(DEMO.admin));
    expect(third.data!.updateDefinition).toMatchObject({ version: 3, text: 'Professionalisering is samen leren als beroepsgroep.', source: 'Lectorale rede, 2026' });

    const definition = (await api.graphql(HISTORY, { slug: 'professionalisering' })).data!.term.definitions.find((d: { id: string }) => d.id === id);
    expect(definition.versions.map((v: { version: number; text: string; source: string; changedBy: { name: string } }) => [v.version, v.text, v.source, v.changedBy.name])).toEqual([
      [1, 'Professionalisering is leren als beroepsgroep, met een eigen kennisbasis.', 'Werkdocument, 2025', 'Hanneke Smulders'],
      [2, 'Professionalisering is samen leren als beroepsgroep.', 'Werkdocument, 2025', 'Hanneke Smulders'],
      [3, 'Professionalisering is samen leren als beroepsgroep.', 'Lectorale rede, 2026', 'Ingrid Hoekstra'],
    ]);
    expect(new Date(definition.versions[2].changedAt).getTime()).toBeGreaterThanOrEqual(new Date(definition.versions[0].changedAt).getTime());
  });

  it('gives every demo definition its first version', async () => {
    const definitions = (await api.graphql(HISTORY, { slug: 'vakmanschap' })).data!.term.definitions;
    for (const definition of definitions) expect(definition.versions).toEqual([expect.objectContaining({ version: 1, text: definition.text })]);
  });

  it('makes no new version when nothing changes, and enqueues the term for search when something does', async () => {
    const researcher = await api.login(DEMO.researcher);
    const id = await researcherDefinition('werkhervatting', 'Werkhervatting is weer betaald werk hebben.');
    const unchanged = await api.graphql(UPDATE, { id, input: { text: 'Werkhervatting is weer betaald werk hebben.' } }, researcher);
    expect(unchanged.data!.updateDefinition.version).toBe(1);
    const termId = (await term('werkhervatting')).id;
    const pending = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE subject_type = 'TERM' AND subject_id = $1`, [termId]))[0].n;
    const before = await pending();
    await api.graphql(UPDATE, { id, input: { text: 'Werkhervatting is weer betaald werk hebben, hoe weinig uren ook.' } }, researcher);
    expect(await pending()).toBe(before + 1);
  });

  const historyOf = async (id: string, token?: string) =>
    (await api.graphql(HISTORY, { slug: 'professionalisering' }, token)).data!.term.definitions.find((d: { id: string }) => d.id === id);

  /** A researcher of Tilburg University besides the demo researcher: her colleague. Invited once, on first use. */
  let colleague: Promise<string> | undefined;
  const colleagueOfResearcher = () => (colleague ??= inviteColleague());
  async function inviteColleague(): Promise<string> {
    const email = 'collega@tilburguniversity.example';
    const [organization] = await api.dataSource.query(`SELECT id FROM organization WHERE slug = 'tilburg-university'`);
    const invited = await api.graphql(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }',
      { input: { email, name: 'Sanne Collega', role: 'RESEARCHER', organizationId: organization.id } },
      await api.login(DEMO.admin),
    );
    const token = /token=([A-Za-z0-9_-]+)/.exec(invited.data!.inviteUser.url)![1];
    await api.graphql('mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }', { t: token, p: DEMO_PASSWORD });
    return api.login(email);
  }

  it('revises a definition with a change note that the history shows with that version', async () => {
    const id = await researcherDefinition();
    const revised = await api.graphql(
      UPDATE,
      { id, input: { text: 'Professionalisering is samen leren als beroepsgroep, met een eigen kennisbasis.', changeNote: '  Samen leren benadrukt, na de intervisie van maart.  ' } },
      await api.login(DEMO.researcher),
    );
    expect(revised.data!.updateDefinition.version).toBe(2);
    const { versions } = await historyOf(id);
    expect(versions.map((v: { version: number; changeNote: string | null }) => [v.version, v.changeNote])).toEqual([
      [1, null],
      [2, 'Samen leren benadrukt, na de intervisie van maart.'],
    ]);
    const tooLong = await api.graphql(UPDATE, { id, input: { text: 'Nog anders.', changeNote: 'x'.repeat(501) } }, await api.login(DEMO.researcher));
    expect(tooLong.errors![0].extensions!.fields).toEqual({ changeNote: ['Gebruik hoogstens 500 tekens.'] });
  });

  it('lets colleagues of the author revise a definition, not researchers of another organisation', async () => {
    const id = await researcherDefinition();
    const colleague = await colleagueOfResearcher();
    const byColleague = await api.graphql(UPDATE, { id, input: { text: 'Professionalisering is leren als beroepsgroep.', changeNote: 'Korter.' } }, colleague);
    expect(byColleague.data!.updateDefinition.version).toBe(2);
    expect((await historyOf(id)).versions[1]).toMatchObject({ changeNote: 'Korter.', changedBy: { name: 'Sanne Collega' } });

    const otherOrganisation = await api.graphql(UPDATE, { id, input: { text: 'Anders.' } }, await api.login('e.vanleeuwen@tno.example'));
    expect(otherOrganisation.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/eigen definitie of die van een collega van uw organisatie.*Vraag de auteur, een collega van de auteur of een beheerder/),
    });
    expect((await historyOf(id)).version).toBe(2);
  });

  it('tells each reader whether they may revise a definition', async () => {
    const id = await researcherDefinition();
    const mayRevise = async (token?: string) => (await historyOf(id, token)).viewerCanRevise;
    expect(await mayRevise(await api.login(DEMO.researcher))).toBe(true);
    expect(await mayRevise(await colleagueOfResearcher())).toBe(true);
    expect(await mayRevise(await api.login(DEMO.admin))).toBe(true);
    expect(await mayRevise(await api.login('e.vanleeuwen@tno.example'))).toBe(false);
    expect(await mayRevise(await api.login(DEMO.practitioner))).toBe(false);
    expect(await mayRevise()).toBe(false);
  });

  it('refuses a revision by an editor, anonymously, without text, or of an unknown definition', async () => {
    const id = await researcherDefinition();
    const editor = await api.graphql(UPDATE, { id, input: { text: 'Anders.' } }, await api.login(DEMO.tilburgEditor));
    expect(editor.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(UPDATE, { id, input: { text: 'Anders.' } });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const nulled = await api.graphql(UPDATE, { id, input: { text: null } }, await api.login(DEMO.researcher));
    expect(nulled.errors![0].extensions!.fields).toEqual({ text: ['Dit veld is verplicht.'] });
    const unknown = await api.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { text: 'x' } }, await api.login(DEMO.admin));
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('shows from the demo statements which terms converge and which are contested', async () => {
    expect(await states('vakmanschap')).toEqual({ state: 'CONTESTED', agreeing: 1, conflicting: 2 });
    expect(await states('evidence-based-werken')).toEqual({ state: 'CONVERGING', agreeing: 2, conflicting: 0 });
    expect(await states('bejegening')).toEqual({ state: 'NOT_ASSESSED', agreeing: 0, conflicting: 0 });
  });

  it('lets a researcher state how two definitions relate, once per pair, with a reason', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definitions = (await api.graphql(CONVERGENCE, { slug: 'bejegening' })).data!.term.definitions;
    const [client, research] = ['CLIENT', 'RESEARCH'].map((perspective) => definitions.find((d: { perspective: string }) => d.perspective === perspective).id);
    const stated = await api.graphql(RELATE, { input: { fromDefinitionId: client, kind: 'NARROWER', toDefinitionId: research, reason: 'De cliënt beschrijft één kant: hoe het voelt.' } }, researcher);
    expect(stated.data!.relateDefinitions).toMatchObject({ kind: 'NARROWER', from: { id: client }, to: { id: research }, statedBy: { name: 'Hanneke Smulders' } });

    // Stated again the other way round: it replaces the researcher's earlier statement.
    await api.graphql(RELATE, { input: { fromDefinitionId: research, kind: 'CONFLICTS_WITH', toDefinitionId: client, reason: 'Bij nader inzien botsen ze: de cliënt vraagt vertrouwen, het onderzoek meet gedrag.' } }, researcher);
    const after = (await api.graphql(CONVERGENCE, { slug: 'bejegening' })).data!.term;
    expect(after.convergence).toEqual({ state: 'CONTESTED', agreeing: 0, conflicting: 1 });
    const onClient = after.definitions.find((d: { id: string }) => d.id === client).relations;
    expect(onClient).toEqual([{ kind: 'CONFLICTS_WITH', from: { perspective: 'RESEARCH' }, to: { perspective: 'CLIENT' }, reason: expect.stringMatching(/botsen/) }]);
  });

  it('lets a researcher withdraw a relation they stated, not one of someone else, and the convergence follows', async () => {
    const WITHDRAW = 'mutation($id: ID!) { withdrawDefinitionRelation(id: $id) }';
    const [researcher, admin] = [await api.login(DEMO.researcher), await api.login(DEMO.admin)];
    const slug = 'participatie';
    const [a, b, c] = (await api.graphql(CONVERGENCE, { slug })).data!.term.definitions.map((d: { id: string }) => d.id);
    expect(await states(slug)).toEqual({ state: 'NOT_ASSESSED', agreeing: 0, conflicting: 0 });
    const byAdmin = (await api.graphql(RELATE, { input: { fromDefinitionId: a, kind: 'SAME_AS', toDefinitionId: b, reason: 'Zelfde kern.' } }, admin)).data!.relateDefinitions.id;
    const byResearcher = (await api.graphql(RELATE, { input: { fromDefinitionId: b, kind: 'CONFLICTS_WITH', toDefinitionId: c, reason: 'Botsen op wie beslist.' } }, researcher)).data!
      .relateDefinitions.id;
    expect(await states(slug)).toMatchObject({ agreeing: 1, conflicting: 1 });

    const refused = await api.graphql(WITHDRAW, { id: byAdmin }, researcher);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/eigen relatie/);
    expect((await api.graphql(WITHDRAW, { id: byResearcher }, researcher)).data!.withdrawDefinitionRelation).toBe(byResearcher);
    expect(await states(slug)).toEqual({ state: 'CONVERGING', agreeing: 1, conflicting: 0 });
    expect((await api.graphql(WITHDRAW, { id: byResearcher }, researcher)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(WITHDRAW, { id: byAdmin }, admin)).errors).toBeUndefined();
    expect(await states(slug)).toEqual({ state: 'NOT_ASSESSED', agreeing: 0, conflicting: 0 });
  });

  it('refuses relations across terms, to itself, without a reason, or by the wrong role', async () => {
    const researcher = await api.login(DEMO.researcher);
    const [one] = (await term('maatwerk')).definitions;
    const [other] = (await term('participatie')).definitions;
    const input = { fromDefinitionId: one.id, kind: 'SAME_AS', toDefinitionId: other.id, reason: 'Zelfde strekking.' };
    expect((await api.graphql(RELATE, { input }, researcher)).errors![0].extensions!.fields).toEqual({ toDefinitionId: [expect.stringMatching(/hetzelfde begrip/)] });
    expect((await api.graphql(RELATE, { input: { ...input, toDefinitionId: one.id } }, researcher)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql(RELATE, { input: { ...input, reason: '' } }, researcher)).errors![0].extensions!.fields).toEqual({ reason: [expect.stringMatching(/Geef een reden/)] });
    expect((await api.graphql(RELATE, { input }, await api.login(DEMO.practitioner))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(RELATE, { input })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
