import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Every write refused for whoever must not make it, with the right code and nothing written. */
describe('who may write what', () => {
  let api: TestApp;
  const operation = contractOperations();
  let tilburgProjectId: string;
  let termId: string;
  let definitionId: string;
  let interventionId: string;

  const rowCounts = async () => {
    const tables = ['project', 'finding', 'definition', 'annotation', 'intervention', 'project_intervention'];
    const counts = await Promise.all(tables.map(async (table) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n));
    return Object.fromEntries(tables.map((table, i) => [table, counts[i]]));
  };

  beforeAll(async () => {
    api = await startTestApp();
    const editor = await api.login(DEMO.tilburgEditor);
    tilburgProjectId = (await api.graphql(operation.CreateProject, { input: projectInput() }, editor)).data!.createProject.id;
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    termId = term.id;
    definitionId = term.definitions[0].id;
    // An intervention the researcher's organisation (Tilburg University) did not develop.
    const interventions = (await api.graphql('{ interventions(first: 100) { nodes { id developers { slug } } } }')).data!.interventions.nodes;
    interventionId = interventions.find(
      (i: { developers: { slug: string }[] }) => !i.developers.some((d) => d.slug === 'tilburg-university'),
    ).id;
  });
  afterAll(() => api.close());

  const writes = () => ({
    createProject: [operation.CreateProject, { input: projectInput() }],
    updateProject: [operation.UpdateProject, { id: tilburgProjectId, input: { title: 'Overgenomen' } }],
    publishProject: [operation.PublishProject, { id: tilburgProjectId }],
    archiveProject: [operation.ArchiveProject, { id: tilburgProjectId }],
    addFinding: [operation.AddFinding, { input: { projectId: tilburgProjectId, title: 'Een titel', summary: 'Een samenvatting.' } }],
    addDefinition: [operation.AddDefinition, { input: { termId, text: 'Een definitie.', perspective: 'CLIENT' } }],
    annotateDefinition: [operation.AnnotateDefinition, { input: { definitionId, motivation: 'COMMENTING', body: 'Een opmerking.' } }],
    // Practitioners comment and question; contesting is for researchers.
    contestDefinition: [operation.AnnotateDefinition, { input: { definitionId, motivation: 'CONTESTING', body: 'Dit klopt niet.' } }],
    createIntervention: [
      'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
      { input: { name: 'Nieuwe aanpak', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
    ],
    updateIntervention: [
      'mutation($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }',
      { id: interventionId, input: { name: 'Overgenomen' } },
    ],
  }) as Record<string, [string, Record<string, unknown>]>;

  const refusals: [string, keyof typeof DEMO | null, string][] = [
    ...['createProject', 'updateProject', 'publishProject', 'archiveProject', 'addFinding', 'addDefinition', 'annotateDefinition', 'createIntervention', 'updateIntervention'].map(
      (mutation) => [mutation, null, 'UNAUTHENTICATED'] as [string, null, string],
    ),
    ...['createProject', 'updateProject', 'publishProject', 'archiveProject', 'addFinding', 'addDefinition', 'contestDefinition', 'createIntervention'].map(
      (mutation) => [mutation, 'practitioner', 'FORBIDDEN'] as [string, 'practitioner', string],
    ),
    ['createProject', 'researcher', 'FORBIDDEN'],
    ['addDefinition', 'tilburgEditor', 'FORBIDDEN'],
    ['annotateDefinition', 'tilburgEditor', 'FORBIDDEN'],
    ['updateIntervention', 'researcher', 'FORBIDDEN'],
  ];

  it.each(refusals)('%s as %s is refused with %s and writes nothing', async (mutation, who, code) => {
    const token = who ? await api.login(DEMO[who]) : undefined;
    const before = await rowCounts();
    const [query, variables] = writes()[mutation];
    const result = await api.graphql(query, variables, token);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors![0].message.length).toBeGreaterThan(10);
    expect(await rowCounts()).toEqual(before);
  });

  it.each(['updateProject', 'publishProject', 'archiveProject', 'addFinding'])(
    '%s on a draft of another municipality is refused and writes nothing',
    async (mutation) => {
      const other = await api.login(DEMO.amsterdamEditor);
      const before = await rowCounts();
      const [query, variables] = writes()[mutation];
      const result = await api.graphql(query, variables, other);
      // A draft of another organisation is not even visible to this editor.
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('refuses another municipality on a published project with FORBIDDEN', async () => {
    const tilburg = await api.login(DEMO.tilburgEditor);
    const created = await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Gepubliceerd in Tilburg' }) }, tilburg);
    const id = created.data!.createProject.id;
    await api.graphql(operation.PublishProject, { id }, tilburg);
    const amsterdam = await api.login(DEMO.amsterdamEditor);
    const update = await api.graphql(operation.UpdateProject, { id, input: { title: 'Overgenomen door Amsterdam' } }, amsterdam);
    expect(update.errors![0].extensions!.code).toBe('FORBIDDEN');
    const archive = await api.graphql(operation.ArchiveProject, { id }, amsterdam);
    expect(archive.errors![0].extensions!.code).toBe('FORBIDDEN');
    const project = await api.graphql(operation.Project, { slug: created.data!.createProject.slug });
    expect(project.data!.project).toMatchObject({ title: 'Gepubliceerd in Tilburg', state: 'PUBLISHED' });
  });

  it('refuses an editor creating a project for another organisation', async () => {
    const tilburg = await api.login(DEMO.tilburgEditor);
    const amsterdamId = (await api.graphql('{ organization(slug: "gemeente-amsterdam") { id } }')).data!.organization.id;
    const before = await rowCounts();
    const result = await api.graphql(operation.CreateProject, { input: projectInput({ organizationId: amsterdamId }) }, tilburg);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a forged or expired token with UNAUTHENTICATED', async () => {
    const result = await api.graphql(operation.Me, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
