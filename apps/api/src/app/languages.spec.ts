import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const operation = contractOperations();
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };

/** The API answers in the language the request asks for: Dutch by default, English when asked. */
describe('messages in Dutch and English', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  it('says that something does not exist in the language asked for', async () => {
    const dutch = await api.graphql(operation.Project, { slug: 'bestaat-niet' });
    const english = await api.graphql(operation.Project, { slug: 'bestaat-niet' }, undefined, ENGLISH);
    expect(dutch.errors![0].message).toBe('Project "bestaat-niet" bestaat niet of is niet zichtbaar voor u.');
    expect(english.errors![0].message).toBe('Project "bestaat-niet" does not exist or is not visible to you.');
    const term = await api.graphql('{ term(slug: "geen-begrip") { id } }', {}, undefined, ENGLISH);
    expect(term.errors![0].message).toBe('Term "geen-begrip" does not exist or is not visible to you.');
  });

  it('refuses a sign-in in English, the same for a wrong password and an unknown address', async () => {
    const wrong = await api.graphql(operation.Login, { email: DEMO.tilburgEditor, password: 'fout-wachtwoord' }, undefined, ENGLISH);
    const unknown = await api.graphql(operation.Login, { email: 'niemand@nergens.example', password: 'fout-wachtwoord' }, undefined, ENGLISH);
    expect(wrong.errors![0].message).toMatch(/^E-mail address or password is wrong/);
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('names what is wrong with each field in English', async () => {
    const token = await api.login(DEMO.tilburgEditor);
    const refused = await api.graphql(operation.CreateProject, { input: projectInput({ title: '   ', durationMonths: 0 }) }, token, ENGLISH);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: ['This field is required.'], durationMonths: ['A project lasts at least 1 month.'] },
    });
    expect(refused.errors![0].message).toMatch(/^Invalid input\. /);
  });

  it('says in English how many items a page and a search may ask for', async () => {
    const page = await api.graphql('{ terms(first: 500) { totalCount } }', {}, undefined, ENGLISH);
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: ['Ask for between 1 and 100 items per page.'] } });
    const search = await api.graphql('query($input: SearchInput!) { search(input: $input) { total } }', { input: { query: 'werk', limit: 500 } }, undefined, ENGLISH);
    expect(search.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { limit: ['Ask for at most 100 results at a time.'] } });
    const offset = await api.graphql('query($input: SearchInput!) { search(input: $input) { total } }', { input: { query: 'werk', offset: -1 } }, undefined, ENGLISH);
    expect(offset.errors![0].extensions).toMatchObject({ fields: { offset: ['Give at least 0.'] } });
  });

  it('refuses a body over 1 MB in the language asked for', async () => {
    const tooLarge = (headers: Record<string, string>) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ terms(first: 1) { totalCount } }', variables: { padding: 'x'.repeat(2_000_000) } }),
      });
    const english = await tooLarge(ENGLISH);
    expect(english.status).toBe(413);
    expect(((await english.json()) as { message: string }).message).toBe('The request is too large (at most 1 MB). Send less text or a smaller file.');
    expect(((await (await tooLarge({})).json()) as { message: string }).message).toMatch(/^Het verzoek is te groot/);
  });

  it('explains a refused role in English, with the roles named in English', async () => {
    const refused = await api.graphql(operation.CreateProject, { input: projectInput() }, await api.login(DEMO.practitioner), ENGLISH);
    expect(refused.errors![0].message).toBe('Your role (practitioner) may not do this. It is reserved for: editor, admin.');
  });

  it("explains in English what a practitioner may annotate, and whose definitions a researcher may revise", async () => {
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const contest = { input: { definitionId: term.definitions[0].id, motivation: 'CONTESTING', body: 'Klopt niet.' } };
    const contested = await api.graphql(operation.AnnotateDefinition, contest, await api.login(DEMO.practitioner), ENGLISH);
    expect(contested.errors![0].message).toBe(
      'As a practitioner you can comment on a definition or ask a question about it. Supporting, contesting and citing sources is for researchers: choose Comment or Question.',
    );
    const admin = await api.login(DEMO.admin);
    // The admin's organisation is not the researcher's: she may not revise it.
    const added = await api.graphql(operation.AddDefinition, { input: { termId: term.id, text: 'Van de beheerder.', perspective: 'CLIENT' } }, admin);
    const revise = 'mutation($id: ID!) { updateDefinition(id: $id, input: { text: "Anders." }) { id } }';
    const refused = await api.graphql(revise, { id: added.data!.addDefinition.id }, await api.login(DEMO.researcher), ENGLISH);
    expect(refused.errors![0].message).toBe(
      'You can only change your own definitions or those of a colleague in your organisation. Ask the author, a colleague of the author or an admin to make this change.',
    );
  });

  it('answers in Dutch when the request asks for neither language', async () => {
    const refused = await api.graphql(operation.Project, { slug: 'x' }, undefined, { 'accept-language': 'de-DE' });
    expect(refused.errors![0].message).toBe('Project "x" bestaat niet of is niet zichtbaar voor u.');
  });
});
