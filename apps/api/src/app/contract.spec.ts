import { buildSchema, parse, validate } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_FILE, contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** The network's master copy, present when this checkout sits beside the shared folder. */
const SHARED_CONTRACT_FILE = join(process.cwd(), '..', 'shared', 'contract', 'operations.graphql');

describe("the project's copy of the public contract", () => {
  it('is valid against the committed schema', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'apps', 'api', 'schema.gql'), 'utf8'));
    const problems = validate(schema, parse(readFileSync(CONTRACT_FILE, 'utf8'))).map((error) => error.message);
    expect(problems).toEqual([]);
  });

  (existsSync(SHARED_CONTRACT_FILE) ? it : it.skip)('is identical to the shared contract beside this checkout', () => {
    // When this fails, the shared contract changed (or the copy was edited): copy it again and
    // make the schema satisfy it; never edit only one of the two.
    expect(readFileSync(CONTRACT_FILE, 'utf8')).toBe(readFileSync(SHARED_CONTRACT_FILE, 'utf8'));
  });
});

/** The public contract's operations, run over HTTP as outside clients run them. */
describe('public GraphQL contract', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('logs in and answers Me with the role and organisation', async () => {
    const login = await api.graphql(operation.Login, { email: DEMO.tilburgEditor, password: 'werkkennis-demo' });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user).toMatchObject({ email: DEMO.tilburgEditor, role: 'EDITOR', organization: { name: 'Gemeente Tilburg' } });
    const me = await api.graphql(operation.Me, {}, login.data!.login.token);
    expect(me.data!.me).toMatchObject({ email: DEMO.tilburgEditor, organization: { name: 'Gemeente Tilburg' } });
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const wrongPassword = await api.graphql(operation.Login, { email: DEMO.tilburgEditor, password: 'fout' });
    const unknown = await api.graphql(operation.Login, { email: 'niemand@nergens.example', password: 'werkkennis-demo' });
    expect(wrongPassword.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrongPassword.errors![0].message);
  });

  it('answers Me without a token with UNAUTHENTICATED', async () => {
    const me = await api.graphql(operation.Me);
    expect(me.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('reads a published project with its organisations, interventions and findings', async () => {
    const list = await api.graphql('{ projects(first: 50) { nodes { slug findings { id } } } }');
    const withFindings = list.data!.projects.nodes.find((p: { findings: unknown[] }) => p.findings.length > 0);
    const result = await api.graphql(operation.Project, { slug: withFindings.slug });
    expect(result.errors).toBeUndefined();
    const project = result.data!.project;
    expect(project.state).toBe('PUBLISHED');
    expect(project.publishedAt).toEqual(expect.any(String));
    expect(project.organizations.length).toBeGreaterThan(0);
    expect(project.findings.length).toBeGreaterThan(0);
  });

  it('reads an intervention with wat, bejegening, effect and its projects', async () => {
    const list = await api.graphql('{ interventions(first: 50) { nodes { slug projects { id } } } }');
    const used = list.data!.interventions.nodes.find((i: { projects: unknown[] }) => i.projects.length > 0);
    const result = await api.graphql(operation.Intervention, { slug: used.slug });
    expect(result.errors).toBeUndefined();
    const intervention = result.data!.intervention;
    for (const field of ['whatYouDo', 'howYouDoIt', 'effect']) expect(intervention[field].length).toBeGreaterThan(20);
    expect(intervention.determinants.length).toBeGreaterThan(0);
    expect(intervention.projects.length).toBeGreaterThan(0);
  });

  it('reads a term with definitions from several perspectives and their annotations', async () => {
    const result = await api.graphql(operation.Term, { slug: 'vakmanschap' });
    expect(result.errors).toBeUndefined();
    const term = result.data!.term;
    expect(term.label.toLowerCase()).toBe('vakmanschap');
    const perspectives = new Set(term.definitions.map((d: { perspective: string }) => d.perspective));
    expect(perspectives.size).toBeGreaterThanOrEqual(2);
    const annotations = term.definitions.flatMap((d: { annotations: unknown[] }) => d.annotations);
    expect(annotations.length).toBeGreaterThan(0);
    expect(term.definitions[0].author.name).toEqual(expect.any(String));
  });

  it('lets an editor create a draft, update, publish and archive it, and add a finding', async () => {
    const token = await api.login(DEMO.tilburgEditor);
    const created = await api.graphql(operation.CreateProject, { input: projectInput() }, token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject.state).toBe('DRAFT');
    const id = created.data!.createProject.id;

    const updated = await api.graphql(operation.UpdateProject, { id, input: { title: 'Samen sterker naar werk' } }, token);
    expect(updated.data!.updateProject).toMatchObject({ title: 'Samen sterker naar werk', state: 'DRAFT' });

    const published = await api.graphql(operation.PublishProject, { id }, token);
    expect(published.data!.publishProject.state).toBe('PUBLISHED');
    expect(published.data!.publishProject.publishedAt).toEqual(expect.any(String));

    const finding = await api.graphql(
      operation.AddFinding,
      { input: { projectId: id, title: 'Meer vertrouwen', summary: 'Deelnemers vertrouwen hun werkcoach meer.', kind: 'EXPERIENCE', outcome: 'TRUST' } },
      token,
    );
    expect(finding.data!.addFinding).toMatchObject({ title: 'Meer vertrouwen', kind: 'EXPERIENCE' });

    const archived = await api.graphql(operation.ArchiveProject, { id }, token);
    expect(archived.data!.archiveProject.state).toBe('ARCHIVED');
  });

  it('lets a researcher add a definition and annotate another one', async () => {
    const token = await api.login(DEMO.researcher);
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const added = await api.graphql(
      operation.AddDefinition,
      { input: { termId: term.id, text: 'Vakmanschap is het vermogen om theorie en ervaring te wegen in elk gesprek.', perspective: 'EDUCATION', source: 'Collegereeks Arbeidsdeskundigheid, 2025' } },
      token,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDefinition).toMatchObject({ perspective: 'EDUCATION' });

    const annotated = await api.graphql(
      operation.AnnotateDefinition,
      { input: { definitionId: term.definitions[0].id, motivation: 'CONTESTING', body: 'Deze definitie laat de cliënt buiten beeld.' } },
      token,
    );
    expect(annotated.errors).toBeUndefined();
    expect(annotated.data!.annotateDefinition).toMatchObject({ motivation: 'CONTESTING' });

    const after = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    expect(after.definitions.map((d: { id: string }) => d.id)).toContain(added.data!.addDefinition.id);
    expect(after.definitions[0].annotations.map((a: { id: string }) => a.id)).toContain(annotated.data!.annotateDefinition.id);
  });
});
