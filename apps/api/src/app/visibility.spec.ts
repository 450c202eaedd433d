import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Drafts never leak; archive hides, publish shows. */
describe('visibility of drafts and archived projects', () => {
  let api: TestApp;
  let tilburg: string;
  let draft: { id: string; slug: string };
  let interventionSlug: string;
  const operation = contractOperations();

  const listedSlugs = async (token?: string) =>
    (await api.graphql('{ projects(first: 100) { nodes { slug } } }', {}, token)).data!.projects.nodes.map((p: { slug: string }) => p.slug);
  const interventionProjectSlugs = async (token?: string) =>
    (await api.graphql(operation.Intervention, { slug: interventionSlug }, token)).data!.intervention.projects.map((p: { slug: string }) => p.slug);

  beforeAll(async () => {
    api = await startTestApp();
    tilburg = await api.login(DEMO.tilburgEditor);
    const intervention = (await api.graphql('{ interventions(first: 1) { nodes { id slug } } }')).data!.interventions.nodes[0];
    interventionSlug = intervention.slug;
    const created = await api.graphql(
      operation.CreateProject,
      { input: projectInput({ title: 'Concept voor de wijk', interventionIds: [intervention.id] }) },
      tilburg,
    );
    draft = created.data!.createProject;
  });
  afterAll(() => api.close());

  it('hides a draft from anonymous readers, practitioners and other municipalities everywhere', async () => {
    const others = [undefined, await api.login(DEMO.practitioner), await api.login(DEMO.amsterdamEditor), await api.login(DEMO.researcher)];
    for (const token of others) {
      const bySlug = await api.graphql(operation.Project, { slug: draft.slug }, token);
      expect(bySlug.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(await listedSlugs(token)).not.toContain(draft.slug);
      const drafts = await api.graphql('{ projects(first: 100, filter: { states: [DRAFT] }) { nodes { slug } } }', {}, token);
      expect(drafts.data!.projects.nodes.map((p: { slug: string }) => p.slug)).not.toContain(draft.slug);
      expect(await interventionProjectSlugs(token)).not.toContain(draft.slug);
    }
  });

  it('shows the draft to its own organisation', async () => {
    const own = await api.graphql(operation.Project, { slug: draft.slug }, tilburg);
    expect(own.data!.project.state).toBe('DRAFT');
    const drafts = await api.graphql('{ projects(first: 100, filter: { states: [DRAFT] }) { nodes { slug } } }', {}, tilburg);
    expect(drafts.data!.projects.nodes.map((p: { slug: string }) => p.slug)).toContain(draft.slug);
  });

  it('keeps the seeded demo drafts out of public lists', async () => {
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM project WHERE state = 'DRAFT'`);
    const response = await api.graphql('{ projects(first: 1) { totalCount } }');
    expect(response.errors).toBeUndefined();
    const total = response.data!.projects.totalCount;
    const [{ all }] = await api.dataSource.query(`SELECT count(*)::int AS "all" FROM project`);
    expect(n).toBeGreaterThan(0);
    expect(total).toBe(all - n);
  });

  it('publish shows the project to everyone; archive hides it again', async () => {
    await api.graphql(operation.PublishProject, { id: draft.id }, tilburg);
    expect((await api.graphql(operation.Project, { slug: draft.slug })).data!.project.state).toBe('PUBLISHED');
    expect(await listedSlugs()).toContain(draft.slug);
    expect(await interventionProjectSlugs()).toContain(draft.slug);

    await api.graphql(operation.ArchiveProject, { id: draft.id }, tilburg);
    expect((await api.graphql(operation.Project, { slug: draft.slug })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await listedSlugs()).not.toContain(draft.slug);
    expect(await interventionProjectSlugs()).not.toContain(draft.slug);

    const again = await api.graphql(operation.ArchiveProject, { id: draft.id }, tilburg);
    expect(again.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('hides findings of unpublished projects', async () => {
    const created = await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Nog geheim' }) }, tilburg);
    const finding = await api.graphql(
      operation.AddFinding,
      { input: { projectId: created.data!.createProject.id, title: 'Voorlopig', summary: 'Nog niet openbaar.' } },
      tilburg,
    );
    const id = finding.data!.addFinding.id;
    expect((await api.graphql('query($id: ID!) { finding(id: $id) { id } }', { id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const listed = await api.graphql('{ findings(first: 100) { nodes { id } } }');
    expect(listed.data!.findings.nodes.map((f: { id: string }) => f.id)).not.toContain(id);
  });
});
