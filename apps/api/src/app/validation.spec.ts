import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Bad input is refused field by field with BAD_USER_INPUT (or NOT_FOUND), and nothing is written. */
describe('bad input', () => {
  let api: TestApp;
  let editor: string;
  let researcher: string;
  let projectId: string;
  const operation = contractOperations();
  const count = async (table: string) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    api = await startTestApp();
    editor = await api.login(DEMO.tilburgEditor);
    researcher = await api.login(DEMO.researcher);
    projectId = (await api.graphql(operation.CreateProject, { input: projectInput() }, editor)).data!.createProject.id;
  });
  afterAll(() => api.close());

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a 100 kB title', { title: 'x'.repeat(100_000) }, 'title'],
    ['an empty summary', { summary: '' }, 'summary'],
    ['a title of only spaces', { title: '   ' }, 'title'],
    ['a summary of only spaces and line breaks', { summary: ' \n\t ' }, 'summary'],
    ['a date that is not a date', { startDate: '31-02-2026' }, 'startDate'],
    ['a negative duration', { durationMonths: -3 }, 'durationMonths'],
    ['an intervention id that is not an id', { interventionIds: ['abc'] }, 'interventionIds'],
  ])('createProject refuses %s, naming the field', async (_, override, field) => {
    const before = await count('project');
    const result = await api.graphql(operation.CreateProject, { input: projectInput(override) }, editor);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors![0].extensions!.fields ?? {})).toContain(field);
    expect(await count('project')).toBe(before);
  });

  it('refuses an unknown enum value before anything runs', async () => {
    const before = await count('project');
    const result = await api.graphql(operation.CreateProject, { input: projectInput({ status: 'HALFWAY' }) }, editor);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('HALFWAY');
    expect(await count('project')).toBe(before);
  });

  it('refuses an unknown intervention id with nothing half-written', async () => {
    const before = await count('project');
    const result = await api.graphql(
      operation.CreateProject,
      { input: projectInput({ interventionIds: ['00000000-0000-4000-8000-000000000000'] }) },
      editor,
    );
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count('project')).toBe(before);
    expect(await count('project_intervention')).toBeGreaterThan(0);
  });

  it('answers an unknown project id with NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await api.graphql(operation.PublishProject, { id }, editor);
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    const missing = await api.graphql(operation.Project, { slug: 'bestaat-niet' });
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses emptying a required field with null on update and keeps the project as it was', async () => {
    const result = await api.graphql(operation.UpdateProject, { id: projectId, input: { title: null } }, editor);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const project = await api.dataSource.query('SELECT title FROM project WHERE id = $1', [projectId]);
    expect(project[0].title).toBe(projectInput().title);
  });

  it('refuses a finding on an unknown project and one with a bad link', async () => {
    const before = await count('finding');
    const unknown = await api.graphql(
      operation.AddFinding,
      { input: { projectId: '00000000-0000-4000-8000-000000000000', title: 'T', summary: 'S' } },
      editor,
    );
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const badLink = await api.graphql(
      'mutation($input: AddFindingInput!) { addFinding(input: $input) { id } }',
      { input: { projectId, title: 'T', summary: 'S', documentLinks: ['javascript:alert(1)'] } },
      editor,
    );
    expect(badLink.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count('finding')).toBe(before);
  });

  it('refuses a definition for an unknown term and an annotation without body', async () => {
    const before = [await count('definition'), await count('annotation')];
    const definition = await api.graphql(
      operation.AddDefinition,
      { input: { termId: '00000000-0000-4000-8000-000000000000', text: 'Tekst.', perspective: 'RESEARCH' } },
      researcher,
    );
    expect(definition.errors![0].extensions!.code).toBe('NOT_FOUND');
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const annotation = await api.graphql(
      operation.AnnotateDefinition,
      { input: { definitionId: term.definitions[0].id, motivation: 'COMMENTING', body: '' } },
      researcher,
    );
    expect(annotation.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect([await count('definition'), await count('annotation')]).toEqual(before);
  });

  it('refuses a definition, an annotation and a relation whose text is only spaces, naming the field', async () => {
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const [first, second] = term.definitions.map((definition: { id: string }) => definition.id);
    const attempts = [
      [operation.AddDefinition, { input: { termId: term.id, text: '  \n ', perspective: 'RESEARCH' } }, 'text'],
      [operation.AnnotateDefinition, { input: { definitionId: first, motivation: 'COMMENTING', body: '   ' } }, 'body'],
      [
        'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }',
        { input: { fromDefinitionId: first, toDefinitionId: second, kind: 'SAME_AS', reason: '    ' } },
        'reason',
      ],
    ] as const;
    const before = [await count('definition'), await count('annotation'), await count('definition_relation')];
    for (const [query, variables, field] of attempts) {
      const result = await api.graphql(query, variables, researcher);
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors![0].extensions!.fields ?? {})).toContain(field);
    }
    expect([await count('definition'), await count('annotation'), await count('definition_relation')]).toEqual(before);
  });

  it('gives projects created at the same moment with the same title each their own slug', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.graphql(operation.CreateProject, { input: projectInput({ title: 'Gelijktijdig gestart' }) }, editor)),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const slugs = results.map((result) => result.data!.createProject.slug);
    expect(new Set(slugs).size).toBe(10);
  });

  it('refuses a page larger than the maximum', async () => {
    const result = await api.graphql('query($first: Int!) { projects(first: $first) { nodes { id } } }', { first: 10_000 });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('100');
    const cursor = await api.graphql('{ projects(first: 5, after: "nonsense") { nodes { id } } }');
    expect(cursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
