import jsonld from 'jsonld';
import { Parser, type Quad, Writer } from 'n3';
import { ContentChanges } from '@werkkennis/persistence';
import { contractOperations } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const PREFIXES = `PREFIX skos: <${SKOS}>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n`;
/** Three independent scans of every triple: a billion rows for the engine to count. */
const SLOW_QUERY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

interface Answer {
  status: number;
  type: string | null;
  headers: Headers;
  body: string;
}

/** jsonld's canonize also reads N-Quads; the typings in libs/vocabulary declare only what the exports use. */
const canonize = (jsonld as unknown as { canonize(input: string, options: { inputFormat: 'application/n-quads'; algorithm: 'URDNA2015' }): Promise<string> }).canonize;
/** The same graph, written canonically (URDNA2015): equal strings mean isomorphic graphs, blank nodes included. */
const canonical = (quads: Quad[]) => canonize(new Writer({ format: 'N-Quads' }).quadsToString(quads), { inputFormat: 'application/n-quads', algorithm: 'URDNA2015' });

/** The read-only SPARQL endpoint over the published vocabulary, through its HTTP protocol. */
describe('vocabulary: SPARQL endpoint', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false, sparqlTimeoutMs: 1000 });
  });
  afterAll(() => api.close());

  const get = async (query: string, accept = '*/*'): Promise<Answer> => {
    const response = await fetch(`${api.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept } });
    return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: await response.text() };
  };
  const post = async (body: string, contentType: string, accept = '*/*'): Promise<Answer> => {
    const response = await fetch(`${api.url}/sparql`, { method: 'POST', headers: { 'content-type': contentType, accept }, body });
    return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: await response.text() };
  };
  const count = async (query: string) => Number(JSON.parse((await get(query, 'application/sparql-results+json')).body).results.bindings[0].n.value);
  const exported = async () => new Parser().parse(await (await fetch(`${api.url}/vocabulary.ttl`)).text());
  /** IRIs as the export names them, so the tests hold whatever base the IRIs have. */
  const schemeIri = async () => (await exported()).find((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${SKOS}ConceptScheme`)!.subject.value;
  const termIri = async (label: string) => (await exported()).find((quad) => quad.predicate.value === `${SKOS}prefLabel` && quad.object.id === `"${label}"@nl`)!.subject.value;

  it('counts as many concepts as the Turtle export holds, and holds the annotations too', async () => {
    const concepts = (await exported()).filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${SKOS}Concept`);
    expect(concepts.length).toBeGreaterThan(10);
    // The scheme's concepts: Web Annotation motivations of our own are concepts too, outside the scheme.
    expect(await count(`${PREFIXES}SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a skos:Concept ; skos:inScheme ?scheme }`)).toBe(concepts.length);
    expect(await count(`${PREFIXES}SELECT (COUNT(?a) AS ?n) WHERE { ?a a oa:Annotation }`)).toBeGreaterThan(0);
  });

  it('holds the graph as the default graph and as the named graph of the concept scheme, as Skosmos asks it', async () => {
    const triples = await count('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(triples).toBeGreaterThan(500);
    const scheme = await schemeIri();
    expect(await count(`SELECT (COUNT(*) AS ?n) FROM <${scheme}> WHERE { ?s ?p ?o }`)).toBe(triples);
    expect(await count(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${scheme}> { ?s ?p ?o } }`)).toBe(triples);
    expect(await count('SELECT (COUNT(*) AS ?n) FROM <https://elders.example/graaf> WHERE { ?s ?p ?o }')).toBe(0);
  });

  it('writes a moment with whole tenths of a second as the same literal in the export and in SPARQL answers (xsd canonical form)', async () => {
    // 07.710 and 07.71 are the same moment but different RDF literals; the store writes the canonical one.
    await api.dataSource.query(`UPDATE term SET updated_at = '2026-03-04T05:06:07.710Z' WHERE slug = 'vakmanschap'`);
    api.app.get(ContentChanges).committed();
    const term = await termIri('vakmanschap');
    const modified = 'http://purl.org/dc/terms/modified';
    const inExport = (await exported()).find((quad) => quad.subject.value === term && quad.predicate.value === modified);
    expect(inExport?.object.value).toBe('2026-03-04T05:06:07.71Z');
    const answer = await get(`SELECT ?m WHERE { <${term}> <${modified}> ?m }`, 'application/sparql-results+json');
    expect(JSON.parse(answer.body).results.bindings[0].m.value).toBe('2026-03-04T05:06:07.71Z');

    await api.dataSource.query(`UPDATE term SET updated_at = '2026-03-04T05:06:08.000Z' WHERE slug = 'vakmanschap'`);
    api.app.get(ContentChanges).committed();
    const whole = await get(`SELECT ?m WHERE { <${term}> <${modified}> ?m }`, 'application/sparql-results+json');
    expect(JSON.parse(whole.body).results.bindings[0].m.value).toBe('2026-03-04T05:06:08Z');
    expect((await exported()).find((quad) => quad.subject.value === term && quad.predicate.value === modified)?.object.value).toBe('2026-03-04T05:06:08Z');

    // Annotations reach the graph through their Web Annotation JSON: the same form in both.
    const [{ id }] = await api.dataSource.query(`SELECT id FROM annotation ORDER BY id LIMIT 1`);
    await api.dataSource.query(`UPDATE annotation SET created_at = '2026-03-04T05:06:09.120Z' WHERE id = $1`, [id]);
    api.app.get(ContentChanges).committed();
    const stored = await get(
      `SELECT ?c WHERE { ?a a <http://www.w3.org/ns/oa#Annotation> ; <http://purl.org/dc/terms/created> ?c . FILTER(STRENDS(STR(?a), "${id}")) }`,
      'application/sparql-results+json',
    );
    expect(JSON.parse(stored.body).results.bindings[0].c.value).toBe('2026-03-04T05:06:09.12Z');
    const annotation = await fetch(`${api.url}/annotations/${id}`, { headers: { accept: 'application/ld+json' } });
    expect(((await annotation.json()) as { created: string }).created).toBe('2026-03-04T05:06:09.12Z');
  });

  it("answers a CONSTRUCT of one term with exactly that term's triples in the export, as Turtle and as JSON-LD", async () => {
    const term = await termIri('vakmanschap');
    const inExport = (await exported()).filter((quad) => quad.subject.value === term);
    expect(inExport.length).toBeGreaterThan(5);
    const query = `CONSTRUCT { <${term}> ?p ?o } WHERE { <${term}> ?p ?o }`;

    const turtle = await get(query, 'text/turtle');
    expect(turtle).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8' });
    expect(await canonical(new Parser().parse(turtle.body))).toBe(await canonical(inExport));

    const document = await get(query, 'application/ld+json');
    expect(document).toMatchObject({ status: 200, type: 'application/ld+json; charset=utf-8' });
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(await jsonld.toRDF(JSON.parse(document.body), { format: 'application/n-quads' }));
    expect(await canonical(fromJsonLd)).toBe(await canonical(inExport));
  });

  it('answers SELECT and ASK as SPARQL JSON, XML, CSV or TSV, by Accept', async () => {
    const query = `${PREFIXES}SELECT ?label WHERE { ?term skos:prefLabel "vakmanschap"@nl, ?label } ORDER BY ?label`;

    const json = await get(query);
    expect(json).toMatchObject({ status: 200, type: 'application/sparql-results+json; charset=utf-8' });
    expect(JSON.parse(json.body)).toEqual({ head: { vars: ['label'] }, results: { bindings: expect.arrayContaining([{ label: { type: 'literal', value: 'vakmanschap', 'xml:lang': 'nl' } }]) } });
    expect(json.headers.get('vary')).toMatch(/Accept/);

    const xml = await get(query, 'application/sparql-results+xml');
    expect(xml).toMatchObject({ status: 200, type: 'application/sparql-results+xml; charset=utf-8' });
    expect(xml.body).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
    expect(xml.body).toContain('<literal xml:lang="nl">vakmanschap</literal>');

    const csv = await get(query, 'text/csv');
    expect(csv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(csv.body.split('\r\n')).toEqual(expect.arrayContaining(['label', 'vakmanschap']));

    const tsv = await get(query, 'text/tab-separated-values');
    expect(tsv.body.split('\n')).toEqual(expect.arrayContaining(['?label', '"vakmanschap"@nl']));

    const ask = await get(`${PREFIXES}ASK { ?c skos:prefLabel "vakmanschap"@nl }`, 'application/sparql-results+json');
    expect(JSON.parse(ask.body)).toEqual({ head: {}, boolean: true });

    const refused = await get(query, 'image/png');
    expect(refused.status).toBe(406);
    expect(JSON.parse(refused.body).message).toMatch(/application\/sparql-results\+json.*Accept-header/);
  });

  it('takes a query by POST, as the body or as a form field, and sends CORS headers without credentials', async () => {
    const query = `${PREFIXES}ASK { ?c a skos:ConceptScheme }`;
    expect(JSON.parse((await post(query, 'application/sparql-query')).body).boolean).toBe(true);
    const form = await post(new URLSearchParams({ query }).toString(), 'application/x-www-form-urlencoded');
    expect(form.status).toBe(200);
    expect(JSON.parse(form.body).boolean).toBe(true);
    expect(form.headers.get('access-control-allow-origin')).toBe('*');
    expect(form.headers.get('access-control-allow-credentials')).toBeNull();

    const preflight = await fetch(`${api.url}/sparql`, { method: 'OPTIONS', headers: { origin: 'https://skosmos.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
  });

  it('shows a write in the next query', async () => {
    const text = 'Professionalisering is het gedeelde vakmanschap van een beroepsgroep, vastgelegd in een eigen kennisbasis (SPARQL-test).';
    const seen = `ASK { ?s ?p ?text FILTER(STR(?text) = "${text}") }`;
    expect(JSON.parse((await get(seen)).body).boolean).toBe(false);
    const term = (await api.graphql(operation.Term, { slug: 'professionalisering' })).data!.term;
    const added = await api.graphql(operation.AddDefinition, { input: { termId: term.id, text, perspective: 'RESEARCH', source: 'Werkdocument, 2025' } }, await api.login(DEMO.researcher));
    expect(added.errors).toBeUndefined();
    expect(JSON.parse((await get(seen)).body).boolean).toBe(true);
  });

  it('refuses SPARQL Update in every form the protocol has, and says why', async () => {
    const update = 'INSERT DATA { <https://elders.example/a> <https://elders.example/b> "c" }';
    const answers = [
      await get(`PREFIX ex: <https://elders.example/>\n# a comment with SELECT in it\n${update}`),
      await post(update, 'application/sparql-update'),
      await post(new URLSearchParams({ update }).toString(), 'application/x-www-form-urlencoded'),
      await fetch(`${api.url}/sparql?update=${encodeURIComponent(update)}`).then(async (response) => ({ status: response.status, body: await response.text() })),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).message).toMatch(/alleen-lezen.*GraphQL-API/);
    }
    expect(await count('SELECT (COUNT(*) AS ?n) WHERE { <https://elders.example/a> ?p ?o }')).toBe(0);
  });

  it('refuses a missing, malformed or overlong query with a message that says what to do', async () => {
    const missing = await fetch(`${api.url}/sparql`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { message: string }).message).toMatch(/Geef een SPARQL-query mee/);
    const malformed = await get('SELECT ?x WHERE { ?x }');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).message).toMatch(/geen geldige SPARQL 1\.1-query: .+\. Verbeter de query/);
    const overlong = await post(`SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(20_000)}`, 'application/sparql-query');
    expect(overlong.status).toBe(400);
    expect(JSON.parse(overlong.body).message).toMatch(/hoogstens 20000/);
  });

  it('stops a query past the time limit, asks to narrow it, and answers the next query again', async () => {
    const started = Date.now();
    const slow = await get(SLOW_QUERY);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(slow.status).toBe(503);
    expect(JSON.parse(slow.body).message).toMatch(/grens van 1 s en is afgebroken\. Maak de query smaller/);
    expect(await count(`${PREFIXES}SELECT (COUNT(*) AS ?n) WHERE { ?s a skos:ConceptScheme }`)).toBeGreaterThanOrEqual(1);
  });
});
