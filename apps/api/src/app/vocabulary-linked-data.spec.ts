import { bundledContexts } from '@werkkennis/vocabulary';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const BASE = 'http://werkkennis.test/';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8';

/** A JSON answer, read loosely: the assertions say what it must hold. */
const body = (response: Response): Promise<Record<string, any>> => response.json() as Promise<Record<string, any>>;

/** Every IRI of the vocabulary answers over HTTP: Turtle, JSON-LD or the web page, and the W3C Web Annotation Protocol. */
describe('vocabulary: IRIs that answer', () => {
  let api: TestApp;
  let iris: { scheme: string; term: string; definition: string; version: string; collection: string; annotation: string };

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    const [definition] = await api.dataSource.query(
      `SELECT d.id, d.version, t.slug FROM definition d JOIN term t ON t.id = d.term_id WHERE t.slug = 'vakmanschap' ORDER BY d.created_at LIMIT 1`,
    );
    const [annotation] = await api.dataSource.query('SELECT id FROM annotation WHERE definition_id = $1 LIMIT 1', [definition.id]);
    const [collection] = await api.dataSource.query('SELECT slug FROM term_collection ORDER BY slug LIMIT 1');
    iris = {
      scheme: `${BASE}vocabulary`,
      term: `${BASE}terms/vakmanschap`,
      definition: `${BASE}definitions/${definition.id}`,
      version: `${BASE}definitions/${definition.id}/versions/${definition.version}`,
      collection: `${BASE}collections/${collection.slug}`,
      annotation: `${BASE}annotations/${annotation?.id ?? (await api.dataSource.query('SELECT id FROM annotation LIMIT 1'))[0].id}`,
    };
  }, 180_000);
  afterAll(() => api.close());

  /** The IRI, asked of this server (PUBLIC_URL is the base of every IRI; the test server listens elsewhere). */
  const get = (iri: string, headers: Record<string, string> = {}, suffix = '') =>
    fetch(`${api.url}${new URL(iri).pathname}${suffix}`, { headers, redirect: 'manual' });

  it.each(['scheme', 'term', 'definition', 'version', 'collection', 'annotation'] as const)('dereferences the %s IRI as Turtle, JSON-LD and a web page', async (kind) => {
    const iri = iris[kind];
    const described = kind === 'version' ? iris.definition : iri;

    const turtle = await get(iri, { accept: 'text/turtle' });
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(turtle.headers.get('vary')).toMatch(/Accept/);
    const quads = new Parser().parse(await turtle.text());
    expect(quads.some((quad) => quad.subject.value === described)).toBe(true);
    expect(quads.filter((quad) => quad.subject.termType === 'NamedNode' && !quad.subject.value.startsWith('https://werkkennis.example/ns#')).every((quad) => quad.subject.value.startsWith(BASE))).toBe(true);

    const document = await get(iri, { accept: 'application/ld+json' });
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const nquads = await jsonld.toRDF(await body(document), { format: 'application/n-quads', safe: true, documentLoader: bundledContexts });
    expect(new Parser({ format: 'N-Quads' }).parse(nquads).some((quad) => quad.subject.value === described)).toBe(true);

    // The suffixes keep working, whatever the Accept header says.
    if (kind !== 'version') {
      expect((await get(iri, { accept: 'text/html' }, '.ttl')).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect((await get(iri, {}, '.jsonld')).headers.get('content-type')).toMatch(/^application\/ld\+json/);
    }

    const page = await get(iri, { accept: BROWSER });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/begrippen/);
  });

  it('sends a browser to the page of the term, and other sites may read every IRI', async () => {
    expect((await get(iris.term, { accept: BROWSER })).headers.get('location')).toBe('/begrippen/vakmanschap');
    expect((await get(iris.definition, { accept: BROWSER })).headers.get('location')).toMatch(/^\/begrippen\/vakmanschap#definitie-/);

    const read = await get(iris.term, { accept: 'text/turtle', origin: 'https://elders.example' });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(read.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${api.url}/terms/vakmanschap`, { method: 'OPTIONS', headers: { origin: 'https://elders.example', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect((await fetch(`${api.url}/terms/vakmanschap`, { method: 'HEAD', headers: { accept: 'text/turtle' } })).status).toBe(200);
  });

  it('answers 404 for an IRI that names nothing, and 406 for a format it cannot give', async () => {
    expect((await get(`${BASE}terms/bestaat-niet`, { accept: 'text/turtle' })).status).toBe(404);
    expect((await get(`${BASE}definitions/00000000-0000-4000-8000-000000000000`, { accept: 'text/turtle' })).status).toBe(404);
    expect((await get(`${BASE}annotations/geen-id`, { accept: 'application/ld+json' })).status).toBe(404);
    expect((await get(iris.term, { accept: 'image/png' })).status).toBe(406);
  });

  it('keeps the Web Annotation Protocol: create, read in the container, update with its ETag, delete', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definition = await get(iris.definition, { accept: 'text/turtle' });
    const link = definition.headers.get('link')!;
    const container = /<([^>]+)>; rel="http:\/\/www\.w3\.org\/ns\/oa#annotationService"/.exec(link)![1];
    expect(container).toBe(`${iris.definition}/annotations/`);
    const [{ text, version }] = await api.dataSource.query('SELECT text, version FROM definition WHERE id = $1', [iris.definition.split('/').pop()]);
    const exact = text.split(' ').slice(2, 5).join(' ');

    const before = await get(container, { accept: 'application/ld+json' });
    expect(before.headers.get('content-type')).toBe(ANNOTATION_TYPE);
    expect(before.headers.get('link')).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(before.headers.get('allow')).toContain('POST');
    const { total } = await body(before);

    const post = (body: object, token?: string) =>
      fetch(`${api.url}${new URL(container).pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'questioning',
      body: { type: 'TextualBody', value: 'Geldt dit ook voor *jobcoaches*?', format: 'text/markdown' },
      target: { source: iris.definition, selector: { type: 'TextQuoteSelector', exact } },
    };
    const created = await post(annotation, researcher);
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe(ANNOTATION_TYPE);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^http:\/\/werkkennis\.test\/annotations\/[0-9a-f-]+$/);
    const made = await body(created);
    expect(made).toMatchObject({ id: location, type: 'Annotation', motivation: 'questioning' });
    // Pinned to the version of the definition it was made on.
    expect(made.target).toMatchObject({ type: 'SpecificResource', source: iris.definition, state: { type: 'TimeState', cached: `${iris.definition}/versions/${version}` } });
    expect(made.target.selector).toMatchObject({ type: 'TextQuoteSelector', exact });

    // The same write as GraphQL's: audited, with the GraphQL API seeing it.
    const id = location.split('/').pop();
    expect((await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1`, [id])).map((row: { action: string }) => row.action)).toEqual(['annotation.add']);

    const listed = await body(await get(container, { accept: 'application/ld+json' }));
    expect(listed.total).toBe(total + 1);
    const items = [listed.first.items, ...(await pagesAfter(listed.first))].flat();
    expect(items.map((item: { id: string }) => item.id)).toContain(location);
    const minimal = await body(await get(container, { prefer: 'return=representation; include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' }));
    expect(typeof minimal.first).toBe('string');
    const onlyIris = await body(await get(container, { prefer: 'return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"' }));
    expect(onlyIris.first.items.every((item: unknown) => typeof item === 'string')).toBe(true);

    const read = await get(location, { accept: 'application/ld+json' });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const put = (body: object, headers: Record<string, string>) =>
      fetch(`${api.url}${new URL(location).pathname}`, { method: 'PUT', headers: { 'content-type': 'application/ld+json', authorization: `Bearer ${researcher}`, ...headers }, body: JSON.stringify(body) });
    const changed = { ...(await body(read)), motivation: 'commenting', body: { type: 'TextualBody', value: 'Ook voor jobcoaches, lijkt me.' } };
    expect((await put(changed, {})).status).toBe(428);
    const updated = await put(changed, { 'if-match': etag });
    expect(updated.status).toBe(200);
    expect((await body(updated)).motivation).toBe('commenting');
    expect(updated.headers.get('etag')).not.toBe(etag);
    const stale = await put({ ...changed, motivation: 'questioning' }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect((await body(stale)).message).toMatch(/intussen gewijzigd/);
    // In English when asked, like GraphQL.
    expect((await body(await put(changed, { 'accept-language': 'en' }))).message).toMatch(/^Send the annotation's ETag in If-Match/);
    // Two writers with the same ETag at the same moment: one wins, the other is told it changed.
    const current = updated.headers.get('etag')!;
    const race = await Promise.all(['questioning', 'linking'].map((motivation) => put({ ...changed, motivation }, { 'if-match': current })));
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const winner = race.find((answer) => answer.status === 200)!;

    const removed = await fetch(`${api.url}${new URL(location).pathname}`, { method: 'DELETE', headers: { authorization: `Bearer ${researcher}`, 'if-match': winner.headers.get('etag')! } });
    expect(removed.status).toBe(204);
    expect((await get(location, { accept: 'application/ld+json' })).status).toBe(404);
    expect((await body(await get(container, { accept: 'application/ld+json' }))).total).toBe(total);

    async function pagesAfter(page: { next?: string }): Promise<unknown[][]> {
      if (!page.next) return [];
      const next = await body(await fetch(`${api.url}${new URL(page.next).pathname}${new URL(page.next).search}`));
      return [next.items, ...(await pagesAfter(next))];
    }
  });

  it('refuses writes without a bearer token, and what the GraphQL policy refuses', async () => {
    const container = `${api.url}${new URL(iris.definition).pathname}/annotations/`;
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: `https://werkkennis.example/ns#contesting`, body: { type: 'TextualBody', value: 'Niet mee eens.' }, target: iris.definition };
    const send = (headers: Record<string, string>) => fetch(container, { method: 'POST', headers: { 'content-type': 'application/ld+json', ...headers }, body: JSON.stringify(annotation) });

    const anonymous = await send({});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await body(anonymous)).message).toMatch(/Bearer/);
    // Professionals may comment and ask, not contest: the same policy as annotateDefinition.
    const practitioner = await send({ authorization: `Bearer ${await api.login(DEMO.practitioner)}` });
    expect(practitioner.status).toBe(403);
    // Someone else's annotation is theirs to change.
    const [{ id: othersAnnotation }] = await api.dataSource.query(
      `SELECT a.id FROM annotation a JOIN app_user u ON u.id = a.author_id WHERE u.email <> $1 LIMIT 1`,
      [DEMO.researcher],
    );
    const path = `${api.url}/annotations/${othersAnnotation}`;
    const etag = (await fetch(path, { headers: { accept: 'application/ld+json' } })).headers.get('etag')!;
    const refused = await fetch(path, { method: 'DELETE', headers: { authorization: `Bearer ${await api.login(DEMO.researcher)}`, 'if-match': etag } });
    expect(refused.status).toBe(403);
    const wrongTarget = await fetch(container, {
      method: 'POST',
      headers: { 'content-type': 'application/ld+json', authorization: `Bearer ${await api.login(DEMO.researcher)}` },
      body: JSON.stringify({ ...annotation, target: iris.term }),
    });
    expect(wrongTarget.status).toBe(400);
    expect((await body(wrongTarget)).fields.annotation[0]).toMatch(/^Dit is geen bruikbare Web Annotation: het doel moet de definitie/);
    const inEnglish = await fetch(container, {
      method: 'POST',
      headers: { 'content-type': 'application/ld+json', 'accept-language': 'en', authorization: `Bearer ${await api.login(DEMO.researcher)}` },
      body: JSON.stringify({ ...annotation, target: iris.term }),
    });
    expect((await body(inEnglish)).fields.annotation[0]).toMatch(/^This is not a usable Web Annotation: the target must be/);
  });
});
