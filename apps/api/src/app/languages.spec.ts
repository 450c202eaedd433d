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

  it('explains a refused role in English, with the roles named in English', async () => {
    const refused = await api.graphql(operation.CreateProject, { input: projectInput() }, await api.login(DEMO.practitioner), ENGLISH);
    expect(refused.errors![0].message).toBe('Your role (practitioner) may not do this. It is reserved for: editor, admin.');
  });

  it('answers in Dutch when the request asks for neither language', async () => {
    const refused = await api.graphql(operation.Project, { slug: 'x' }, undefined, { 'accept-language': 'de-DE' });
    expect(refused.errors![0].message).toBe('Project "x" bestaat niet of is niet zichtbaar voor u.');
  });
});
