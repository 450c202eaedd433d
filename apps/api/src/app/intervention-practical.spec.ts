import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const PRACTICAL = 'durationAndIntensity costs provider contact trainingOrLicence materials';
const CREATE = `mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id slug ${PRACTICAL} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { ${PRACTICAL} } }`;
const basics = { name: 'Praktijkleren in de zorg', summary: 'Leren en werken tegelijk.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' };

/** What a practitioner needs to start with an intervention, kept with it and shown on its page. */
describe('practical information of interventions', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('shows the demo interventions with what it takes to start', async () => {
    const read = await api.graphql(`{ intervention(slug: "jobcoaching-op-de-werkplek") { ${PRACTICAL} } }`);
    expect(read.data!.intervention).toMatchObject({ provider: expect.stringContaining('Jobcoach'), contact: expect.stringMatching(/@.+\.example$/) });
    expect(read.data!.intervention.materials.length).toBeGreaterThan(0);
  });

  it('is given when an intervention is described and changed by its developers, and nothing else changes', async () => {
    const token = await api.login(DEMO.tilburgEditor);
    const practical = { durationAndIntensity: 'Tien weken, één dag per week.', costs: 'Gratis voor deelnemers.', provider: 'Zorgleerwerkplaats Tilburg', contact: 'zorgleren@tilburg.example', trainingOrLicence: 'Geen.', materials: ['Werkboek'] };
    const created = (await api.graphql(CREATE, { input: { ...basics, ...practical } }, token)).data!.createIntervention;
    expect(created).toMatchObject(practical);
    const updated = await api.graphql(UPDATE, { id: created.id, input: { costs: '€ 250 per deelnemer, betaald door de gemeente.' } }, token);
    expect(updated.data!.updateIntervention).toMatchObject({ ...practical, costs: '€ 250 per deelnemer, betaald door de gemeente.' });
  });

  it('is findable by its provider', async () => {
    const token = await api.login(DEMO.tilburgEditor);
    await api.graphql(CREATE, { input: { ...basics, name: 'Leerwerktraject groen', provider: 'Hoveniersschool Brabantse Wal' } }, token);
    await api.indexer.drain();
    const found = await api.graphql('{ search(input: { query: "Hoveniersschool Brabantse Wal", types: [INTERVENTION] }) { hits { title } } }');
    expect(found.data!.search.hits.map((hit: { title: string }) => hit.title)).toContain('Leerwerktraject groen');
  });

  it('refuses a provider longer than a title, and writes nothing', async () => {
    const token = await api.login(DEMO.tilburgEditor);
    const refused = await api.graphql(CREATE, { input: { ...basics, name: 'Te lange aanbieder', provider: 'x'.repeat(201) } }, token);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { provider: ['Gebruik hoogstens 200 tekens.'] } });
    const listed = await api.graphql('{ interventions(first: 100) { nodes { name } } }');
    expect(listed.data!.interventions.nodes.map((node: { name: string }) => node.name)).not.toContain('Te lange aanbieder');
  });
});
