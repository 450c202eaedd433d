import { bundledContexts } from '@werkkennis/vocabulary';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const OA = 'http://www.w3.org/ns/oa#';
const WK = 'https://werkkennis.example/ns#';
const IMPORT = `mutation($turtle: String!) {
  importVocabulary(turtle: $turtle) { added { kind uri label } changed { kind uri label } refused { uri reason } unchanged }
}`;

const download = async (api: TestApp, path: string) => {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};
const key = (quad: Quad) => `${quad.subject.id} ${quad.predicate.id} ${quad.object.id}`;
const termCount = async (api: TestApp) => (await api.dataSource.query('SELECT count(*)::int AS n FROM term'))[0].n as number;

/** SKOS out as Turtle and JSON-LD, read by real parsers; Web Annotations as JSON-LD; SKOS in from Turtle. */
describe('vocabulary: standards', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  it('exports the whole vocabulary as Turtle that n3 parses, and JSON-LD that jsonld expands to the same graph', async () => {
    const turtle = await download(api, '/vocabulary.ttl');
    expect(turtle).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8' });
    const quads = new Parser().parse(turtle.body);
    // The concepts of the vocabulary's scheme; the adoption statuses are concepts of their own scheme.
    const concepts = quads.filter((quad) => quad.predicate.value === `${SKOS}inScheme` && quad.object.value === 'http://werkkennis.test/vocabulary');
    expect(concepts).toHaveLength(await termCount(api));
    const labels = quads.filter((quad) => quad.subject.value.endsWith('/terms/evidence-based-werken') && quad.predicate.value.startsWith(SKOS));
    expect(labels.map((quad) => [quad.predicate.value.replace(SKOS, 'skos:'), quad.object.id])).toEqual(
      expect.arrayContaining([
        ['skos:prefLabel', '"evidence-based werken"@nl'],
        ['skos:prefLabel', '"evidence-based practice"@en'],
        ['skos:altLabel', '"EBP"@nl'],
        ['skos:altLabel', '"onderbouwd werken"@nl'],
      ]),
    );

    const document = await download(api, '/vocabulary.jsonld');
    expect(document.type).toBe('application/ld+json; charset=utf-8');
    const expanded = await jsonld.expand(JSON.parse(document.body), { safe: true, documentLoader: bundledContexts });
    expect(expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`${SKOS}Concept`))).toHaveLength(concepts.length + 4);
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(await jsonld.toRDF(JSON.parse(document.body), { format: 'application/n-quads', documentLoader: bundledContexts }));
    expect(fromJsonLd.map(key).sort()).toEqual(quads.map(key).sort());
  });

  it('exports one term with its annotations as W3C Web Annotations in JSON-LD', async () => {
    const document = await download(api, '/terms/vakmanschap.jsonld');
    expect(document.status).toBe(200);
    expect(JSON.parse(document.body)['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const expanded = await jsonld.expand(JSON.parse(document.body), { safe: true, documentLoader: bundledContexts });
    const node = new Map(expanded.map((item) => [item['@id'] as string, item]));
    const annotations = expanded.filter((item) => (item['@type'] as string[] | undefined)?.includes(`${OA}Annotation`));
    expect(annotations.length).toBeGreaterThanOrEqual(8);
    const motivations = new Set(annotations.flatMap((item) => (item[`${OA}motivatedBy`] as { '@id': string }[]).map((motivation) => motivation['@id'])));
    expect(motivations).toEqual(new Set([`${OA}linking`, `${OA}questioning`, `${OA}commenting`, `${WK}supporting`, `${WK}contesting`]));

    const targetOf = (annotation: Record<string, unknown>) => node.get((annotation[`${OA}hasTarget`] as { '@id': string }[])[0]['@id'])!;
    const quoted = annotations.find((annotation) => targetOf(annotation)?.[`${OA}hasSelector`])!;
    const target = targetOf(quoted) as Record<string, { '@id': string }[]>;
    expect(target['@type']).toEqual([`${OA}SpecificResource`]);
    expect(target[`${OA}hasSource`]).toEqual([{ '@id': expect.stringMatching(/^http:\/\/werkkennis\.test\/definitions\//) }]);
    const selector = node.get(target[`${OA}hasSelector`][0]['@id'])!;
    expect(selector[`${OA}exact`]).toEqual([{ '@value': 'behandelt gelijke gevallen gelijk' }]);
    // Pinned to the version of the definition the annotation was made on.
    const state = node.get(target[`${OA}hasState`][0]['@id'])!;
    expect(state[`${OA}cachedSource`]).toEqual([{ '@id': expect.stringMatching(new RegExp(`^${target[`${OA}hasSource`][0]['@id']}/versions/\\d+$`)) }]);
    const body = node.get((quoted[`${OA}hasBody`] as { '@id': string }[])[0]['@id'])!;
    expect(body['@type']).toEqual([`${OA}TextualBody`]);
    expect(body['http://purl.org/dc/elements/1.1/format']).toEqual([{ '@value': 'text/markdown' }]);
  });

  it('answers 404 for a term that does not exist', async () => {
    const missing = await download(api, '/terms/bestaat-niet.jsonld');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).message).toMatch(/bestaat niet/);
  });

  it('merges a SKOS file by URI, and says what it added, changed and refused', async () => {
    const admin = await api.login(DEMO.admin);
    const turtle = `@prefix skos: <${SKOS}>.
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.
@prefix wk: <${WK}>.
<https://elders.example/begrip/jobcarving> a skos:Concept;
  skos:prefLabel "jobcarving"@nl, "job carving"@en;
  skos:altLabel "taakcreatie"@nl;
  skos:related <http://werkkennis.test/terms/inclusief-werkgeverschap>, <https://elders.example/begrip/onbekend>;
  skos:definition [ rdf:value "Jobcarving is het afsplitsen van eenvoudige taken tot een nieuwe functie."@nl; wk:perspective "EMPLOYER" ],
                  [ rdf:value "Een definitie zonder perspectief."@nl ].
<http://werkkennis.test/terms/maatwerk> a skos:Concept; skos:prefLabel "maatwerk"@nl; skos:scopeNote "Afgestemd op één persoon."@nl.
<https://elders.example/begrip/naamloos> a skos:Concept.
<https://elders.example/collectie/werkgevers> a skos:Collection; skos:prefLabel "Werkgevers"@nl; skos:member <https://elders.example/begrip/jobcarving>.
`;
    const result = await api.graphql(IMPORT, { turtle }, admin);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importVocabulary;
    expect(report.added.map((item: { kind: string; label: string }) => [item.kind, item.label])).toEqual([
      ['TERM', 'jobcarving'],
      ['COLLECTION', 'Werkgevers'],
      ['DEFINITION', 'jobcarving (EMPLOYER)'],
    ]);
    expect(report.changed.map((item: { uri: string }) => item.uri)).toEqual(['http://werkkennis.test/terms/maatwerk']);
    expect(report.refused.map((item: { uri: string; reason: string }) => [item.uri, item.reason])).toEqual(
      expect.arrayContaining([
        ['https://elders.example/begrip/naamloos', expect.stringMatching(/Geen voorkeursterm/)],
        ['https://elders.example/begrip/jobcarving', expect.stringMatching(/onbekend begrip.*onbekend/)],
        ['https://elders.example/begrip/jobcarving', expect.stringMatching(/zonder geldig perspectief/)],
      ]),
    );

    const jobcarving = (await api.graphql('{ term(slug: "jobcarving") { uri labelEn status relations { term { slug } } definitions { perspective } collections { label } } }')).data!.term;
    expect(jobcarving).toEqual({
      uri: 'https://elders.example/begrip/jobcarving',
      labelEn: 'job carving',
      status: 'PREFERRED',
      relations: [{ term: { slug: 'inclusief-werkgeverschap' } }],
      definitions: [{ perspective: 'EMPLOYER' }],
      collections: [{ label: 'Werkgevers' }],
    });
    // What the file does not state about maatwerk stays.
    const maatwerk = (await api.graphql('{ term(slug: "maatwerk") { scopeNote altLabelsNl labelEn } }')).data!.term;
    expect(maatwerk).toMatchObject({ scopeNote: 'Afgestemd op één persoon.', labelEn: 'tailor-made support' });
    expect(maatwerk.altLabelsNl.length).toBeGreaterThan(0);

    const again = (await api.graphql(IMPORT, { turtle }, admin)).data!.importVocabulary;
    expect([again.added, again.changed]).toEqual([[], []]);
    expect(again.unchanged).toBe(report.added.length + report.changed.length);
  });

  it('refuses a malformed file with the line number, and imports nothing of it', async () => {
    const admin = await api.login(DEMO.admin);
    const before = await termCount(api);
    const turtle = [
      `@prefix skos: <${SKOS}>.`,
      '<https://elders.example/begrip/eerste> a skos:Concept; skos:prefLabel "eerste begrip"@nl.',
      '<https://elders.example/begrip/tweede> a skos:Concept; skos:prefLabel "tweede begrip"@nl',
      '<https://elders.example/begrip/derde> a skos:Concept ;; .',
    ].join('\n');
    const result = await api.graphql(IMPORT, { turtle }, admin);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { turtle: [expect.stringMatching(/^Regel 4 is geen geldige Turtle: .*er is niets ingelezen\.$/)] } });
    expect(await termCount(api)).toBe(before);
    expect((await api.graphql('{ term(slug: "eerste-begrip") { id } }')).errors![0].extensions!.code).toBe('NOT_FOUND');

    const empty = await api.graphql(IMPORT, { turtle: `@prefix skos: <${SKOS}>.` }, admin);
    expect(empty.errors![0].extensions!.fields).toEqual({ turtle: [expect.stringMatching(/geen skos:Concept/)] });
  });

  it('leaves importing to admins', async () => {
    const turtle = `<https://elders.example/begrip/x> a <${SKOS}Concept>.`;
    expect((await api.graphql(IMPORT, { turtle }, await api.login(DEMO.researcher))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(IMPORT, { turtle }, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(IMPORT, { turtle })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
