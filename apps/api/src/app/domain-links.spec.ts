import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const PROJECT_LINKS = 'query($slug: String!) { project(slug: $slug) { organizations { id } interventions { id name } } }';
const CREATE_INTERVENTION = 'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id slug } }';
const UPDATE_INTERVENTION = 'mutation($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }';
const DEVELOPERS = 'query($slug: String!) { intervention(slug: $slug) { developers { id } } }';

/**
 * Projects link interventions and partner organisations, interventions link their developers:
 * link rows written by id, with each linked domain answering whether its ids exist.
 */
describe('links between domains', () => {
  let api: TestApp;
  const operation = contractOperations();
  let tilburg: string;
  let tilburgId: string;
  let amsterdam: string;
  let amsterdamId: string;

  const count = async (table: string): Promise<number> => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const organizationOf = async (token: string): Promise<string> => (await api.graphql(operation.Me, {}, token)).data!.me.organization.id;
  const refusedFields = (result: { errors?: { extensions?: Record<string, any> }[] }) => {
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    return Object.keys(result.errors![0].extensions!.fields);
  };

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    tilburg = await api.login(DEMO.tilburgEditor);
    amsterdam = await api.login(DEMO.amsterdamEditor);
    [tilburgId, amsterdamId] = await Promise.all([organizationOf(tilburg), organizationOf(amsterdam)]);
  });
  afterAll(() => api.close());

  it('links a project to interventions and partners, replaces the links on update and keeps them otherwise', async () => {
    const [first, second] = (await api.graphql('{ interventions(first: 2, sort: NAME) { nodes { id } } }')).data!.interventions.nodes.map((i: { id: string }) => i.id);
    const created = await api.graphql(
      operation.CreateProject,
      { input: projectInput({ interventionIds: [second, first], partnerOrganizationIds: [amsterdamId, amsterdamId] }) },
      tilburg,
    );
    const { id, slug } = created.data!.createProject;
    const links = async () => (await api.graphql(PROJECT_LINKS, { slug }, tilburg)).data!.project;

    expect(await links()).toMatchObject({ organizations: [{ id: tilburgId }, { id: amsterdamId }], interventions: [{ id: first }, { id: second }] });

    await api.graphql(operation.UpdateProject, { id, input: { interventionIds: [second], partnerOrganizationIds: [] } }, tilburg);
    expect(await links()).toMatchObject({ organizations: [{ id: tilburgId }], interventions: [{ id: second }] });

    await api.graphql(operation.UpdateProject, { id, input: { title: 'Alleen de titel anders' } }, tilburg);
    expect(await links()).toMatchObject({ organizations: [{ id: tilburgId }], interventions: [{ id: second }] });
  });

  it.each([
    ['an unknown partner organisation', { partnerOrganizationIds: [UNKNOWN_ID] }, 'partnerOrganizationIds'],
    ['an unknown learning network', { networkId: UNKNOWN_ID }, 'networkId'],
    ['an unknown intervention', { interventionIds: [UNKNOWN_ID] }, 'interventionIds'],
  ])('refuses a project with %s, naming the field, with nothing written', async (_, override, field) => {
    const before = await Promise.all(['project', 'project_partner', 'project_intervention'].map(count));
    const result = await api.graphql(operation.CreateProject, { input: projectInput(override) }, tilburg);
    expect(refusedFields(result)).toEqual([field]);
    expect(await Promise.all(['project', 'project_partner', 'project_intervention'].map(count))).toEqual(before);
  });

  it('keeps the developers of an intervention as links: they own it, and only they change it', async () => {
    const input = { name: 'Samen ontwikkeld', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' };
    const created = await api.graphql(CREATE_INTERVENTION, { input: { ...input, developerOrganizationIds: [tilburgId, amsterdamId] } }, tilburg);
    const { id, slug } = created.data!.createIntervention;
    const developers = async () => (await api.graphql(DEVELOPERS, { slug })).data!.intervention.developers.map((d: { id: string }) => d.id).sort();
    expect(await developers()).toEqual([tilburgId, amsterdamId].sort());

    // A co-developer may change it, also the list of developers.
    expect((await api.graphql(UPDATE_INTERVENTION, { id, input: { developerOrganizationIds: [tilburgId] } }, amsterdam)).errors).toBeUndefined();
    expect(await developers()).toEqual([tilburgId]);

    // No longer a developer: Amsterdam may not change it now.
    const afterRemoval = await api.graphql(UPDATE_INTERVENTION, { id, input: { summary: 'Anders.' } }, amsterdam);
    expect(afterRemoval.errors![0].extensions!.code).toBe('FORBIDDEN');

    const unknown = await api.graphql(UPDATE_INTERVENTION, { id, input: { developerOrganizationIds: [tilburgId, UNKNOWN_ID] } }, tilburg);
    expect(refusedFields(unknown)).toEqual(['developerOrganizationIds']);
    expect(await developers()).toEqual([tilburgId]);
  });
});
