import { ADD_EXPERIENCE, experienceInput, tilburgIntervention } from '../testing/mutation-cases';
import { contractOperations } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const EXPERIENCES = `query($slug: String!) {
  intervention(slug: $slug) {
    practiceExperiences { id organizationName targetGroup whatWorked whatDidNotWork wouldUseAgain authorName response respondingOrganizationName viewerMayRespond hiddenAt hiddenReason }
  }
}`;
const RESPOND = 'mutation($id: ID!, $r: String!) { respondToPracticeExperience(id: $id, response: $r) { id response respondedAt } }';
const HIDE = 'mutation($id: ID!, $r: String!) { hidePracticeExperience(id: $id, reason: $r) { id hiddenAt hiddenReason } }';
const TRAIL = 'query($id: ID!) { auditTrail(subjectId: $id) { action changes } }';

/** Practitioners share practice experience beside the evidence; developers answer once; admins hide with a reason. */
describe('practice experience', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const experiencesOf = async (slug: string, token?: string) => (await api.graphql(EXPERIENCES, { slug }, token)).data!.intervention.practiceExperiences;
  const search = async (query: string, filters: { name: string; values: string[] }[] = []) =>
    (await api.graphql(operation.Search, { input: { query, types: ['INTERVENTION'], filters, facets: ['practiceExperience'], limit: 50 } })).data!.search;

  async function shared(whatWorked: string): Promise<{ id: string; slug: string; experienceId: string }> {
    const intervention = await tilburgIntervention(api);
    const added = await api.graphql(ADD_EXPERIENCE, { input: experienceInput(intervention.id, { whatWorked }) }, await api.login(DEMO.practitioner));
    expect(added.errors).toBeUndefined();
    return { ...intervention, experienceId: added.data!.addPracticeExperience.id };
  }

  it('shows a practitioner’s experience on the intervention, makes it searchable and counts it in a facet', async () => {
    const { id, slug, experienceId } = await shared('Het wekelijkse koffie-uurtje met werkgevers werkte goed.');
    expect(await experiencesOf(slug)).toEqual([
      expect.objectContaining({
        id: experienceId,
        organizationName: 'Gemeente Breda',
        targetGroup: 'Bijstandsgerechtigden',
        wouldUseAgain: 'HANGT_ERAF',
        authorName: expect.any(String),
        response: null,
        viewerMayRespond: false,
      }),
    ]);
    await api.indexer.drain();
    const found = await search('koffie-uurtje');
    expect(found.hits.map((hit: { id: string }) => hit.id)).toContain(id);
    const withExperience = await search('', [{ name: 'practiceExperience', values: ['WITH_EXPERIENCE'] }]);
    expect(withExperience.hits.map((hit: { id: string }) => hit.id)).toContain(id);
    expect(withExperience.facets).toEqual([{ name: 'practiceExperience', values: [{ value: 'WITH_EXPERIENCE', count: withExperience.total }] }]);
  });

  it('refuses anonymous visitors and researchers, and an intervention that does not exist', async () => {
    const { id } = await tilburgIntervention(api);
    expect((await api.graphql(ADD_EXPERIENCE, { input: experienceInput(id) })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ADD_EXPERIENCE, { input: experienceInput(id) }, await api.login(DEMO.researcher))).errors![0].extensions!.code).toBe('FORBIDDEN');
    const unknown = await api.graphql(ADD_EXPERIENCE, { input: experienceInput('00000000-0000-4000-8000-000000000000') }, await api.login(DEMO.practitioner));
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const blank = await api.graphql(ADD_EXPERIENCE, { input: experienceInput(id, { whatWorked: '  ' }) }, await api.login(DEMO.practitioner));
    expect(blank.errors![0].extensions!.fields).toEqual({ whatWorked: ['Dit veld is verplicht.'] });
  });

  it('lets the developing organisation respond once; another organisation’s editor not at all', async () => {
    const { slug, experienceId } = await shared('Samen met de werkgever het werk aanpassen.');
    const tilburg = await api.login(DEMO.tilburgEditor);
    expect((await experiencesOf(slug, tilburg))[0].viewerMayRespond).toBe(true);
    expect((await experiencesOf(slug, await api.login(DEMO.amsterdamEditor)))[0].viewerMayRespond).toBe(false);
    const other = await api.graphql(RESPOND, { id: experienceId, r: 'Wij zijn het niet eens.' }, await api.login(DEMO.amsterdamEditor));
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const answered = await api.graphql(RESPOND, { id: experienceId, r: 'Dank! De handleiding krijgt een paragraaf over tijd per klant.' }, tilburg);
    expect(answered.errors).toBeUndefined();
    const [experience] = await experiencesOf(slug, tilburg);
    expect(experience).toMatchObject({ response: 'Dank! De handleiding krijgt een paragraaf over tijd per klant.', respondingOrganizationName: 'Gemeente Tilburg', viewerMayRespond: false });
    const again = await api.graphql(RESPOND, { id: experienceId, r: 'Nog iets.' }, tilburg);
    expect(again.errors![0].extensions!.fields).toEqual({ response: [expect.stringContaining('al gereageerd')] });
  });

  it('lets an admin hide one with a reason: gone from the page and search, kept in the trail', async () => {
    const { id, slug, experienceId } = await shared('De mentorregeling met oud-deelnemers.');
    await api.indexer.drain();
    expect((await search('mentorregeling')).hits.map((hit: { id: string }) => hit.id)).toContain(id);
    expect((await api.graphql(HIDE, { id: experienceId, r: 'Nee' }, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('FORBIDDEN');
    const admin = await api.login(DEMO.admin);
    const blank = await api.graphql(HIDE, { id: experienceId, r: ' ' }, admin);
    expect(blank.errors![0].extensions!.fields).toEqual({ reason: ['Geef de reden van het verbergen: zij blijft in de geschiedenis.'] });
    const hidden = await api.graphql(HIDE, { id: experienceId, r: 'Bevat de naam van een cliënt.' }, admin);
    expect(hidden.errors).toBeUndefined();
    expect(await experiencesOf(slug)).toEqual([]);
    expect(await experiencesOf(slug, await api.login(DEMO.practitioner))).toEqual([]);
    expect(await experiencesOf(slug, admin)).toEqual([expect.objectContaining({ hiddenReason: 'Bevat de naam van een cliënt.', viewerMayRespond: false })]);
    const trail = (await api.graphql(TRAIL, { id: experienceId }, admin)).data!.auditTrail;
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual(['practiceExperience.add', 'practiceExperience.hide']);
    expect(JSON.stringify(trail[1].changes)).toContain('Bevat de naam van een cliënt.');
    await api.indexer.drain();
    expect((await search('mentorregeling')).hits.map((hit: { id: string }) => hit.id)).not.toContain(id);
  });
});
