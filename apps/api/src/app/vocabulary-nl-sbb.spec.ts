import { bundledContexts } from '@werkkennis/vocabulary';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, Store, Writer } from 'n3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SHAPES = join(process.cwd(), 'libs/vocabulary/src/lib/standards/nl-sbb.shapes.ttl');

interface Finding {
  severity: string;
  message: string;
  focus: string;
  path: string;
  value: string;
}

/**
 * shacl-engine ships ES modules only. SWC compiles `import()` to `require`, which cannot load
 * them; a Function keeps the real dynamic import (Jest runs with --experimental-vm-modules).
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

/** The validator with SPARQL-based constraints, n3 as its data factory and dataset. */
async function shaclValidator(): Promise<(quads: Quad[]) => Promise<Finding[]>> {
  const { Validator } = await importModule('shacl-engine');
  const { validations } = await importModule('shacl-engine/sparql.js');
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
  const validator = new Validator(new Store(new Parser().parse(readFileSync(SHAPES, 'utf8'))), { factory, validations });
  return async (quads) => {
    const report = await validator.validate({ dataset: new Store(quads) });
    return report.results.map((result: { severity: { value: string }; message: { value: string }[]; focusNode?: { term: { value: string } }; value?: { term: { value: string } }; path?: { predicates: { value: string }[] }[] }) => ({
      severity: result.severity.value.replace('http://www.w3.org/ns/shacl#', ''),
      message: result.message.map((text) => text.value).join(' '),
      focus: result.focusNode?.term.value ?? '',
      path: result.path?.flatMap((step) => step.predicates.map((predicate) => predicate.value)).join('/') ?? '',
      value: result.value?.term.value ?? '',
    }));
  };
}

async function quadsOf(body: string, type: string): Promise<Quad[]> {
  if (type.startsWith('text/turtle')) return new Parser().parse(body);
  const nquads = await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads', safe: true, documentLoader: bundledContexts });
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

/** The graph in canonical N-Quads (URDNA2015), so two serialisations compare equal when they say the same. */
async function canonical(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(quads);
  const nquads = await new Promise<string>((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
  return jsonld.canonize(await jsonld.fromRDF(nquads, { format: 'application/n-quads' }), { algorithm: 'URDNA2015', format: 'application/n-quads' });
}

/** NL-SBB (the Dutch SKOS application profile) and the W3C annotation model, checked with SHACL over every export. */
describe('vocabulary: NL-SBB conformance', () => {
  let api: TestApp;
  let validate: (quads: Quad[]) => Promise<Finding[]>;

  beforeAll(async () => {
    validate = await shaclValidator();
    api = await startTestApp({ indexWorker: false });
  }, 180_000);
  afterAll(() => api.close());

  const exported = async (path: string, accept = '*/*') => {
    const response = await fetch(`${api.url}${path}`, { headers: { accept } });
    expect(response.status).toBe(200);
    const type = response.headers.get('content-type')!;
    return quadsOf(await response.text(), type);
  };

  it('finds what NL-SBB forbids in the old form of the export', async () => {
    // The export before this profile: definitions as resources, a scheme without a title, an untagged abbreviation.
    const old = new Parser().parse(`
      @prefix skos: <http://www.w3.org/2004/02/skos/core#>. @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.
      <urn:s> a skos:ConceptScheme; skos:prefLabel "Werkkennis"@nl.
      <urn:a> a skos:Concept; skos:inScheme <urn:s>; skos:prefLabel "a"@nl; skos:altLabel "EBP"; skos:related <urn:b>; skos:broader <urn:b>;
        skos:definition <urn:d>. <urn:d> rdf:value "tekst"@nl.
      <urn:b> a skos:Concept; skos:inScheme <urn:s>; skos:prefLabel "a"@nl; skos:definition "b"@nl; rdfs:comment "b"@nl.`.replace('rdfs:comment', '<http://www.w3.org/2000/01/rdf-schema#comment>'));
    const findings = await validate(old);
    const messages = findings.map((finding) => `${finding.severity} ${finding.focus} ${finding.path} ${finding.value} ${finding.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Violation urn:s .*rdf-schema#label/),
        expect.stringMatching(/^Violation urn:s .*terms\/title/),
        expect.stringMatching(/^Violation urn:a .*core#definition/),
        expect.stringMatching(/^Violation urn:a .*core#altLabel/),
        expect.stringMatching(/^Violation urn:s  urn:a .*uniek per taal/),
        expect.stringMatching(/^Violation urn:s  urn:a .*sluiten elkaar uit/),
        expect.stringMatching(/^Warning urn:a .*uitleg/),
      ]),
    );
  });

  it('passes every export: the vocabulary, each term, definition, collection and annotation, as Turtle and JSON-LD', async () => {
    const slugs: string[] = (await api.graphql('{ terms(first: 100) { nodes { slug } } }')).data!.terms.nodes.map((node: { slug: string }) => node.slug);
    const collections: string[] = (await api.dataSource.query('SELECT slug FROM term_collection')).map((row: { slug: string }) => row.slug);
    const definitions: string[] = (await api.dataSource.query('SELECT id FROM definition ORDER BY created_at LIMIT 3')).map((row: { id: string }) => row.id);
    const annotations: string[] = (await api.dataSource.query('SELECT id FROM annotation')).map((row: { id: string }) => row.id);
    expect(slugs.length).toBeGreaterThanOrEqual(16);
    expect(annotations.length).toBeGreaterThan(0);

    // Each resource as Turtle (by suffix or Accept header) and as JSON-LD.
    const exports: [turtle: [string, string?], jsonLd: [string, string?]][] = [
      [['/vocabulary.ttl'], ['/vocabulary.jsonld']],
      [['/vocabulary', 'text/turtle'], ['/vocabulary', 'application/ld+json']],
      ...slugs.map((slug): [[string, string?], [string, string?]] => [[`/terms/${slug}.ttl`], [`/terms/${slug}`, 'application/ld+json']]),
      ...collections.map((slug): [[string, string?], [string, string?]] => [[`/collections/${slug}`, 'text/turtle'], [`/collections/${slug}.jsonld`]]),
      ...definitions.map((id): [[string, string?], [string, string?]] => [[`/definitions/${id}`, 'text/turtle'], [`/definitions/${id}.jsonld`]]),
      ...annotations.map((id): [[string, string?], [string, string?]] => [[`/annotations/${id}.ttl`], [`/annotations/${id}`, 'application/ld+json']]),
    ];
    const problems: string[] = [];
    for (const [[turtlePath, turtleAccept], [jsonLdPath, jsonLdAccept]] of exports) {
      const [turtle, jsonLd] = await Promise.all([exported(turtlePath, turtleAccept), exported(jsonLdPath, jsonLdAccept)]);
      expect(turtle.length).toBeGreaterThan(0);
      for (const finding of await validate(turtle)) problems.push(`${turtlePath}: ${finding.severity} ${finding.focus} ${finding.path} ${finding.value} ${finding.message}`);
      // The JSON-LD is the same graph (blank nodes aside), so SHACL finds the same in it.
      expect(await canonical(jsonLd)).toBe(await canonical(turtle));
    }
    // And once the validator itself reads JSON-LD.
    for (const finding of await validate(await exported('/vocabulary.jsonld'))) problems.push(`/vocabulary.jsonld: ${finding.severity} ${finding.focus} ${finding.message}`);
    expect(problems).toEqual([]);
  }, 600_000);

  it('stays conformant with what an import keeps beyond the fields: mappings, notations, examples, hidden labels, notes, sources, other languages', async () => {
    const turtle = `
      @prefix skos: <http://www.w3.org/2004/02/skos/core#>. @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>. @prefix wk: <https://werkkennis.example/ns#>. @prefix xsd: <http://www.w3.org/2001/XMLSchema#>.
      <https://elders.example/begrip/loonwaarde> a skos:Concept; skos:prefLabel "loonwaarde"@nl, "Lohnwert"@de; skos:altLabel "Lohnwertermittlung"@de;
        rdfs:comment "Wat iemands werk waard is, vergeleken met een collega zonder beperking."@nl;
        skos:definition "De waarde van het werk, in procenten van het wettelijk minimumloon."@nl;
        wk:perspectiveDefinition [ rdf:value "De waarde van het werk, in procenten van het wettelijk minimumloon."@nl; wk:perspective "EMPLOYER" ];
        skos:hiddenLabel "loonwaarden"@nl; skos:notation "LW-01", "7"^^xsd:integer; skos:example "Een werknemer met 60% loonwaarde."@nl;
        skos:changeNote "Toegevoegd in 2024."@nl; skos:historyNote "Eerder verdiencapaciteit."@nl;
        skos:exactMatch <https://begrippen.example/loonwaarde>; skos:closeMatch <https://begrippen.example/verdiencapaciteit>;
        skos:broadMatch <https://begrippen.example/arbeidsvermogen>; skos:narrowMatch <https://begrippen.example/meting>; skos:relatedMatch <https://begrippen.example/subsidie>;
        <http://purl.org/dc/terms/source> <https://wetten.example/participatiewet>.`;
    const imported = await api.graphql('mutation($turtle: String!) { importVocabulary(turtle: $turtle) { refused { reason } notKept { predicate } } }', { turtle }, await api.login(DEMO.admin));
    expect(imported.data!.importVocabulary).toEqual({ refused: [], notKept: [] });
    const problems: string[] = [];
    for (const [path, accept] of [['/terms/loonwaarde.ttl'], ['/terms/loonwaarde', 'application/ld+json']]) {
      for (const finding of await validate(await exported(path, accept))) problems.push(`${path}: ${finding.severity} ${finding.focus} ${finding.path} ${finding.value} ${finding.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every concept language-tagged definitions with their perspective, source and versions beside them', async () => {
    const quads = await exported('/terms/vakmanschap.ttl');
    const store = new Store(quads);
    const SKOS = 'http://www.w3.org/2004/02/skos/core#';
    const concept = DataFactory.namedNode('http://werkkennis.test/terms/vakmanschap');
    const definitions = store.getObjects(concept, DataFactory.namedNode(`${SKOS}definition`), null);
    expect(definitions.length).toBeGreaterThanOrEqual(2);
    expect(definitions.every((definition) => definition.termType === 'Literal' && (definition as { language: string }).language === 'nl')).toBe(true);
    const documented = store.getObjects(concept, DataFactory.namedNode('https://werkkennis.example/ns#perspectiveDefinition'), null);
    expect(documented).toHaveLength(definitions.length);
    const versions = store.getObjects(documented[0], DataFactory.namedNode('http://purl.org/dc/terms/hasVersion'), null);
    expect(versions[0].value).toMatch(/^http:\/\/werkkennis\.test\/definitions\/[0-9a-f-]+\/versions\/1$/);
    expect(store.getObjects(concept, DataFactory.namedNode('http://www.w3.org/ns/adms#status'), null).map((status) => status.value)).toEqual(['https://werkkennis.example/ns#preferred']);
  });
});
