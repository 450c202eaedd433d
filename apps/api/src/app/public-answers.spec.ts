import { createHash } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const PROJECT = 'query Project($slug: String!) { project(slug: $slug) { id title } }';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const answerOf = async (response: Response) => (await response.json()) as Record<string, any>;

/** Public reads are kept by browsers, shared caches and the API itself; signed-in answers never are. */
describe('cacheable public reads', () => {
  let api: TestApp;
  const operation = contractOperations();
  let slug: string;
  let projectId: string;
  let editor: string;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    editor = await api.login(DEMO.tilburgEditor);
    const created = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Werk in de buurt' }) }, editor)).data!.createProject;
    await api.graphql(operation.PublishProject, { id: created.id }, editor);
    ({ slug, id: projectId } = created);
  });
  afterAll(() => api.close());

  /** A GET as a browser or CDN sends it; Apollo asks for a header that a cross-site form cannot send. */
  const get = (params: Record<string, unknown>) => fetch(getUrl(params), { headers: { 'apollo-require-preflight': 'true' } });
  const getUrl = (params: Record<string, unknown>) =>
    `${api.url}/graphql?${new URLSearchParams(Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]))}`;

  /** Revalidates as a cache does. (fetch itself adds "Cache-Control: no-cache" to a conditional request, which forbids a 304.) */
  const revalidate = (url: string, etag: string) =>
    new Promise<number>((resolve, reject) => {
      const request = httpGet(url, { headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });

  it('marks a public answer as shareable, with an ETag, and answers 304 when it has not changed', async () => {
    const first = await get({ query: PROJECT, variables: { slug } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(await revalidate(getUrl({ query: PROJECT, variables: { slug } }), etag!)).toBe(304);
  });

  it('takes a query by its hash alone once it has seen its text (persisted queries)', async () => {
    const text = 'query ProjectByHash($slug: String!) { project(slug: $slug) { title } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: hashOf(text) } };
    const unknown = await answerOf(await get({ extensions, variables: { slug } }));
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await answerOf(await get({ query: text, extensions, variables: { slug } }))).data.project.title).toBe('Werk in de buurt');
    const byHash = await get({ extensions, variables: { slug } });
    expect((await answerOf(byHash)).data.project.title).toBe('Werk in de buurt');
    expect(byHash.headers.get('cache-control')).toBe('public, no-cache');
  });

  it('answers a repeated public read from memory, without asking the database', async () => {
    await api.graphql(PROJECT, { slug });
    api.queries.reset();
    const repeated = await api.graphql(PROJECT, { slug });
    expect(repeated.data!.project.title).toBe('Werk in de buurt');
    expect(api.queries.total).toBe(0);
  });

  it('drops what it remembered as soon as a write commits', async () => {
    expect((await api.graphql(PROJECT, { slug })).data!.project.title).toBe('Werk in de buurt');
    await api.graphql(operation.UpdateProject, { id: projectId, input: { title: 'Werk om de hoek' } }, editor);
    expect((await api.graphql(PROJECT, { slug })).data!.project.title).toBe('Werk om de hoek');
  });

  it('never keeps or shares a signed-in answer', async () => {
    const draft = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Nog geheim' }) }, editor)).data!.createProject;
    const signedIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: PROJECT, variables: { slug: draft.slug } }),
    });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect((await answerOf(signedIn)).data.project.title).toBe('Nog geheim');
    const anonymous = await api.graphql(PROJECT, { slug: draft.slug });
    expect(anonymous.data?.project ?? null).toBeNull();
  });

  it('keeps no search answer, because each search is counted and the index follows the database later', async () => {
    const searched = await get({ query: 'query { search(input: { query: "werk" }) { total } }' });
    expect(searched.status).toBe(200);
    expect(searched.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps no answer with errors, and no mutation', async () => {
    const failed = await get({ query: 'query { project(slug: "bestaat-niet") { id } }' });
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const mutation = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "niemand@example.org", password: "fout-wachtwoord") { token } }' }),
    });
    expect(mutation.headers.get('cache-control')).toBe('no-store');
  });
});
