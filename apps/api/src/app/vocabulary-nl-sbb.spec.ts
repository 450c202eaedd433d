import { bundledContexts } from '@werkkennis/vocabulary';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, Store } from 'n3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

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
// eslint-disable-next-line @typescript-eslint/no-implied-eval
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

/** NL-SBB (the Dutch SKOS application profile) and the W3C annotation model, checked with SHACL over every export. */
describe('vocabulary: NL-SBB conformance', () => {
  let api: TestApp;
  let validate: (quads: Quad[]) => Promise<Finding[]>;

  beforeAll(async () => {
    validate = await shaclValidator();
    api = await startTestApp({ indexWorker: false });
  });
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

    const paths: [string, string?][] = [
      ['/vocabulary.ttl'],
      ['/vocabulary.jsonld'],
      ['/vocabulary', 'application/ld+json'],
      ...slugs.flatMap((slug): [string, string?][] => [[`/terms/${slug}.ttl`], [`/terms/${slug}`, 'application/ld+json']]),
      ...collections.flatMap((slug): [string, string?][] => [[`/collections/${slug}`, 'text/turtle'], [`/collections/${slug}.jsonld`]]),
      ...definitions.flatMap((id): [string, string?][] => [[`/definitions/${id}`, 'text/turtle'], [`/definitions/${id}.jsonld`]]),
      ...annotations.flatMap((id): [string, string?][] => [[`/annotations/${id}.ttl`], [`/annotations/${id}`, 'application/ld+json']]),
    ];
    const problems: string[] = [];
    for (const [path, accept] of paths) {
      const quads = await exported(path, accept);
      expect(quads.length).toBeGreaterThan(0);
      for (const finding of await validate(quads)) problems.push(`${path}: ${finding.severity} ${finding.focus} ${finding.path} ${finding.value} ${finding.message}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

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
