import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@werkkennis/demo-content';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, type GraphQLResponse, startTestApp, type TestApp } from '../testing/test-app';

const TRAIL = 'query($id: ID!) { auditTrail(subjectId: $id) { action actorId subjectType changes } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }';
const RELATE = 'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawDefinitionRelation(id: $id) }';

/** The audit trail shows each reader only the entries they may read, and never confirms what they may not see. */
describe('audit trail privacy', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const organizationId = async (slug: string): Promise<string> =>
    (await api.graphql('query($slug: String!) { organization(slug: $slug) { id } }', { slug })).data!.organization.id;
  const userId = async (email: string): Promise<string> => (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;
  const actions = (trail: GraphQLResponse) => trail.data!.auditTrail.map((entry: { action: string }) => entry.action);

  /** An invited account that has accepted its invitation (password: the demo password), signed in. */
  async function acceptedAccount(email: string, role: string, organizationSlug: string): Promise<string> {
    const invited = await api.graphql(INVITE, { input: { email, name: 'Nieuwe Collega', role, organizationId: await organizationId(organizationSlug) } }, await api.login(DEMO.admin));
    const token = /token=([A-Za-z0-9_-]+)/.exec(invited.data!.inviteUser.url)![1];
    await api.graphql('mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }', { t: token, p: DEMO_PASSWORD });
    return api.login(email);
  }

  it("hides a colleague's account entries, with their e-mail address, from an editor and shows them to an admin", async () => {
    const email = 'nieuwe.redacteur@tilburg.example';
    await api.graphql(INVITE, { input: { email, name: 'Nieuwe Redacteur', role: 'EDITOR', organizationId: await organizationId('gemeente-tilburg') } }, await api.login(DEMO.admin));
    const id = await userId(email);

    const byColleague = await api.graphql(TRAIL, { id }, await api.login(DEMO.tilburgEditor));
    expect(byColleague.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(JSON.stringify(byColleague)).not.toContain(email);

    const byAdmin = await api.graphql(TRAIL, { id }, await api.login(DEMO.admin));
    expect(actions(byAdmin)).toEqual(['account.invite']);
    expect(byAdmin.data!.auditTrail[0].changes.email).toEqual({ before: null, after: email });
  });

  it("shows a researcher who related another organisation's definition only their own entry, not that organisation's work", async () => {
    const uwv = await acceptedAccount('onderzoeker@uwv.example', 'RESEARCHER', 'uwv');
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const theirs = (await api.graphql(operation.AddDefinition, { input: { termId: term.id, text: 'Vakmanschap is het werk goed doen.', perspective: 'UWV' } }, uwv)).data!
      .addDefinition.id;
    const confidential = 'Vertrouwelijk: volgt uit een intern advies dat nog niet openbaar is.';
    const stated = await api.graphql(RELATE, { input: { fromDefinitionId: theirs, toDefinitionId: term.definitions[0].id, kind: 'CONFLICTS_WITH', reason: confidential } }, uwv);
    await api.graphql(WITHDRAW, { id: stated.data!.relateDefinitions.id }, uwv);

    const researcher = await api.login(DEMO.researcher);
    await api.graphql(RELATE, { input: { fromDefinitionId: theirs, toDefinitionId: term.definitions[0].id, kind: 'BROADER', reason: 'Ruimer opgevat.' } }, researcher);

    const byResearcher = await api.graphql(TRAIL, { id: theirs }, researcher);
    expect(byResearcher.errors).toBeUndefined();
    expect(actions(byResearcher)).toEqual(['definition.relate']);
    expect(byResearcher.data!.auditTrail[0].actorId).toBe(await userId(DEMO.researcher));
    expect(JSON.stringify(byResearcher)).not.toContain(confidential);

    expect(actions(await api.graphql(TRAIL, { id: theirs }, uwv))).toEqual(['definition.add', 'definition.relate', 'definition.withdrawRelation']);
    const byAdmin = await api.graphql(TRAIL, { id: theirs }, await api.login(DEMO.admin));
    expect(actions(byAdmin)).toEqual(['definition.add', 'definition.relate', 'definition.withdrawRelation', 'definition.relate']);
    expect(byAdmin.data!.auditTrail[2].changes.reason).toEqual({ before: confidential, after: null });
  });

  it("answers NOT_FOUND for another organisation's draft, with the message of an unknown id", async () => {
    const draft = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Nog geheim plan' }) }, await api.login(DEMO.tilburgEditor))).data!.createProject.id;
    const unknown = randomUUID();
    const amsterdam = await api.login(DEMO.amsterdamEditor);

    const hidden = await api.graphql(TRAIL, { id: draft }, amsterdam);
    const missing = await api.graphql(TRAIL, { id: unknown }, amsterdam);
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(hidden.errors![0].message.replace(draft, '<id>')).toBe(missing.errors![0].message.replace(unknown, '<id>'));
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it("hides a draft project's trail from a researcher of the owning organisation, who may not read drafts", async () => {
    const admin = await api.login(DEMO.admin);
    const draft = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Concept van de universiteit', organizationId: await organizationId('tilburg-university') }) }, admin)).data!
      .createProject.id;
    expect((await api.graphql(TRAIL, { id: draft }, await api.login(DEMO.researcher))).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it("lets an editor read their own organisation's project trail, including an admin's change", async () => {
    const tilburg = await api.login(DEMO.tilburgEditor);
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Eerste titel' }) }, tilburg)).data!.createProject.id;
    await api.graphql(operation.UpdateProject, { id, input: { title: 'Tweede titel' } }, tilburg);
    await api.graphql(operation.UpdateProject, { id, input: { title: 'Derde titel' } }, await api.login(DEMO.admin));
    await api.graphql(operation.PublishProject, { id }, tilburg);

    const trail = await api.graphql(TRAIL, { id }, tilburg);
    expect(trail.errors).toBeUndefined();
    expect(actions(trail)).toEqual(['project.create', 'project.update', 'project.update', 'project.publish']);
    expect(trail.data!.auditTrail[2].changes.title).toEqual({ before: 'Tweede titel', after: 'Derde titel' });
  });
});
