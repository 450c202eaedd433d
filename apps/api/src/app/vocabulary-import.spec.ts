import { Parser, type Quad } from 'n3';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const REPORT = 'added { kind uri label } changed { kind uri label } refused { uri reason } unchanged notKept { subject predicate object reason }';
const PREVIEW = `mutation($file: String!, $format: VocabularyFileFormat) { previewVocabularyImport(file: $file, format: $format) { ${REPORT} } }`;
const IMPORT = `mutation($turtle: String!, $format: VocabularyFileFormat) { importVocabulary(turtle: $turtle, format: $format) { ${REPORT} } }`;

type Report = {
  added: { kind: string; uri: string; label: string }[];
  changed: { kind: string; uri: string; label: string }[];
  refused: { uri: string; reason: string }[];
  unchanged: number;
  notKept: { subject: string; predicate: string; object: string; reason: string }[];
};

const key = (quad: Quad) => `${quad.subject.id} ${quad.predicate.id} ${quad.object.id}`;
const count = async (api: TestApp, table: string) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

/** A concept of another vocabulary with everything SKOS lets it say that has no field of its own in Werkkennis. */
const RICH = `
@prefix skos: <${SKOS}>.
@prefix xsd: <http://www.w3.org/2001/XMLSchema#>.
@prefix dct: <http://purl.org/dc/terms/>.
<https://elders.example/schema> a skos:ConceptScheme; skos:prefLabel "Ander kader"@nl.
<https://wetten.example/participatiewet> a <http://xmlns.com/foaf/0.1/Document>; dct:title "Participatiewet"@nl.
<https://elders.example/begrip/loonwaarde> a skos:Concept;
  skos:inScheme <https://elders.example/schema>;
  skos:prefLabel "loonwaarde"@nl, "wage value"@en, "Lohnwert"@de;
  skos:altLabel "loonwaardebepaling"@nl, "arbeidsproductiviteit"@nl, "Lohnwertermittlung"@de;
  skos:hiddenLabel "loonwaarden"@nl;
  skos:notation "LW-01", "7"^^xsd:integer;
  skos:example "Een werknemer met 60% loonwaarde."@nl;
  skos:changeNote "Toegevoegd in 2024."@nl;
  skos:historyNote "Eerder 'verdiencapaciteit'."@nl;
  skos:exactMatch <https://begrippen.example/loonwaarde>;
  skos:closeMatch <https://begrippen.example/verdiencapaciteit>;
  skos:broadMatch <https://begrippen.example/arbeidsvermogen>;
  skos:narrowMatch <https://begrippen.example/loonwaardemeting>;
  skos:relatedMatch <https://begrippen.example/loonkostensubsidie>;
  dct:source <https://wetten.example/participatiewet>.
`;

/** Imports lose nothing silently: JSON-LD and Turtle, a preview first, every triple that is not kept named with its reason. */
describe('vocabulary: import that loses nothing silently', () => {
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    admin = await api.login(DEMO.admin);
  });
  afterAll(() => api.close());

  const preview = async (file: string, format?: string): Promise<Report> => {
    const result = await api.graphql(PREVIEW, { file, format }, admin);
    expect(result.errors).toBeUndefined();
    return result.data!.previewVocabularyImport;
  };
  const importFile = async (turtle: string, format?: string): Promise<Report> => {
    const result = await api.graphql(IMPORT, { turtle, format }, admin);
    expect(result.errors).toBeUndefined();
    return result.data!.importVocabulary;
  };
  const nothingToDo = (report: Report) => expect({ ...report, unchanged: undefined }).toEqual({ added: [], changed: [], refused: [], notKept: [], unchanged: undefined });

  it('takes its own Turtle and JSON-LD exports back as they are: nothing added, changed, refused or lost', async () => {
    const turtle = await (await fetch(`${api.url}/vocabulary.ttl`)).text();
    const jsonLd = await (await fetch(`${api.url}/vocabulary.jsonld`)).text();
    const auditBefore = await count(api, 'audit_entry');
    for (const report of [await preview(turtle), await importFile(turtle), await preview(jsonLd), await importFile(jsonLd, 'JSON_LD')]) {
      nothingToDo(report);
      expect(report.unchanged).toBeGreaterThan(14);
    }
    expect(await count(api, 'audit_entry')).toBe(auditBefore);
    // Graph-isomorphic: the export after the import states exactly what the file stated (the export has no blank nodes).
    const again = await (await fetch(`${api.url}/vocabulary.ttl`)).text();
    expect(new Set(new Parser().parse(again).map(key))).toEqual(new Set(new Parser().parse(turtle).map(key)));
  });

  it('previews without changing anything, then keeps mapping relations, notations, examples, hidden labels, notes, sources and other languages, and exports them again', async () => {
    const counts = async () => Promise.all(['term', 'term_relation', 'definition', 'audit_entry', 'outbox'].map((table) => count(api, table)));
    const before = await counts();
    const previewed = await preview(RICH);
    expect(await counts()).toEqual(before);
    expect(previewed.added).toEqual([{ kind: 'TERM', uri: 'https://elders.example/begrip/loonwaarde', label: 'loonwaarde' }]);
    // Only the other vocabulary's scheme stays behind, and the preview says so and why.
    expect(previewed.notKept.map((triple) => [triple.subject, triple.predicate, triple.reason])).toEqual([
      ['https://elders.example/schema', `${'http://www.w3.org/1999/02/22-rdf-syntax-ns#'}type`, expect.stringMatching(/eigen begrippenkader/)],
      ['https://elders.example/schema', `${SKOS}prefLabel`, expect.stringMatching(/eigen begrippenkader/)],
      ['https://elders.example/begrip/loonwaarde', `${SKOS}inScheme`, expect.stringMatching(/eigen begrippenkader/)],
    ]);

    const imported = await importFile(RICH);
    expect({ ...imported, unchanged: 0 }).toEqual({ ...previewed, unchanged: 0 });
    const rows = await api.dataSource.query(`SELECT id FROM term WHERE uri = 'https://elders.example/begrip/loonwaarde'`);
    expect(await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1`, [rows[0].id])).toEqual([{ action: 'term.import' }]);

    // Graph-isomorphic for the concept: every triple the file states about it (but the scheme) is in the export, and no other.
    const exported = new Parser().parse(await (await fetch(`${api.url}/vocabulary.ttl`)).text());
    const concept = 'https://elders.example/begrip/loonwaarde';
    const ownTriples = new Set(
      exported.filter((quad) => quad.subject.value === concept && !/inScheme|topConceptOf|modified|status/.test(quad.predicate.value)).map(key),
    );
    const fileTriples = new Set(new Parser().parse(RICH).filter((quad) => quad.subject.value === concept && !/inScheme/.test(quad.predicate.value)).map(key));
    expect([...ownTriples].sort()).toEqual([...fileTriples].sort());
  });

  it('calls a file that only reorders labels and statements unchanged', async () => {
    const reordered = RICH.replace('"loonwaardebepaling"@nl, "arbeidsproductiviteit"@nl', '"arbeidsproductiviteit"@nl, "loonwaardebepaling"@nl').replace(
      'skos:notation "LW-01", "7"^^xsd:integer',
      'skos:notation "7"^^xsd:integer, "LW-01"',
    );
    const report = await importFile(reordered);
    expect([report.added, report.changed, report.refused]).toEqual([[], [], []]);
  });

  it('audits every change once: one trail entry per changed term, however many of its parts changed, and one per definition', async () => {
    const file = `
@prefix skos: <${SKOS}>. @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>. @prefix wk: <https://werkkennis.example/ns#>.
<https://elders.example/begrip/loonwaarde> a skos:Concept; skos:prefLabel "loonwaarde"@nl; skos:altLabel "loonwaardemeting"@nl;
  skos:broader <http://werkkennis.test/terms/vakmanschap>;
  wk:perspectiveDefinition [ rdf:value "De waarde van het werk, in procenten van het minimumloon."@nl; wk:perspective "EMPLOYER" ].`;
    const [{ last }] = await api.dataSource.query('SELECT max(id) AS last FROM audit_entry');
    const report = await importFile(file);
    expect(report.changed.map((item) => [item.kind, item.label])).toEqual([['TERM', 'loonwaarde']]);
    expect(report.added.map((item) => item.kind)).toEqual(['DEFINITION']);
    expect(report.notKept).toEqual([]);
    const entries = await api.dataSource.query(`SELECT action, subject_type FROM audit_entry WHERE id > $1 ORDER BY action`, [last]);
    expect(entries).toEqual([
      { action: 'definition.import', subject_type: 'DEFINITION' },
      { action: 'term.import', subject_type: 'TERM' },
    ]);
  });

  it('refuses clashes with the reason and takes in the rest of the file', async () => {
    const file = `
@prefix skos: <${SKOS}>.
<https://elders.example/begrip/boven> a skos:Concept; skos:prefLabel "bovenbegrip"@nl.
<https://elders.example/begrip/midden> a skos:Concept; skos:prefLabel "middenbegrip"@nl; skos:broader <https://elders.example/begrip/boven>.
<https://elders.example/begrip/onder> a skos:Concept; skos:prefLabel "onderbegrip"@nl; skos:broader <https://elders.example/begrip/midden>;
  skos:related <https://elders.example/begrip/boven>.
<https://elders.example/begrip/tweetalig> a skos:Concept; skos:prefLabel "eerste naam"@nl, "tweede naam"@nl.
<https://elders.example/begrip/verborgen> a skos:Concept; skos:prefLabel "verborgen term"@nl; skos:hiddenLabel "verborgen term"@nl.
<https://elders.example/begrip/gemapt> a skos:Concept; skos:prefLabel "gemapt begrip"@nl;
  skos:exactMatch <https://begrippen.example/x>; skos:broadMatch <https://begrippen.example/x>.
`;
    const report = await importFile(file);
    expect(report.added.map((item) => item.label).sort()).toEqual(['bovenbegrip', 'middenbegrip', 'onderbegrip']);
    expect(report.refused.map((item) => [item.uri, item.reason])).toEqual([
      ['https://elders.example/begrip/tweetalig', expect.stringMatching(/Twee voorkeurstermen in taal "nl"/)],
      ['https://elders.example/begrip/verborgen', expect.stringMatching(/zowel als skos:prefLabel als als skos:hiddenLabel/)],
      ['https://elders.example/begrip/gemapt', expect.stringMatching(/zowel als skos:exactMatch als als skos:broadMatch/)],
      // Related to a term two levels up: the hierarchy is followed.
      ['https://elders.example/begrip/onder', expect.stringMatching(/skos:related naar .*boven botst met de hiërarchie/)],
    ]);
    const relatedTriple = report.notKept.find((triple) => triple.predicate === `${SKOS}related`);
    expect(relatedTriple?.reason).toMatch(/botst met de hiërarchie/);
    expect(report.notKept.filter((triple) => triple.subject === 'https://elders.example/begrip/tweetalig').length).toBe(3);
  });

  it('reads a file without a language as Dutch and says so; reasons come in English when asked', async () => {
    const file = `@prefix skos: <${SKOS}>. <https://elders.example/begrip/taalloos> a skos:Concept; skos:prefLabel "taalloos begrip".`;
    const report = await preview(file);
    expect(report.notKept).toEqual([expect.objectContaining({ predicate: `${SKOS}prefLabel`, reason: expect.stringMatching(/Opgeslagen als Nederlands/) })]);
    const english = await api.graphql(PREVIEW, { file }, admin, { 'accept-language': 'en' });
    expect(english.data!.previewVocabularyImport.notKept[0].reason).toMatch(/Stored as Dutch/);
  });

  it('reads JSON-LD offline: a context from elsewhere is refused with a clear message', async () => {
    const file = JSON.stringify({ '@context': 'https://schema.example/context.jsonld', '@id': 'https://elders.example/begrip/x', '@type': 'skos:Concept' });
    const result = await api.graphql(PREVIEW, { file }, admin);
    expect(result.errors?.[0].message).toMatch(/context https:\/\/schema\.example\/context\.jsonld wordt niet van internet gehaald/);
    const inline = JSON.stringify({
      '@context': { skos: SKOS },
      '@id': 'https://elders.example/begrip/jsonld',
      '@type': 'skos:Concept',
      'skos:prefLabel': { '@value': 'jsonld-begrip', '@language': 'nl' },
      'skos:exactMatch': { '@id': 'https://begrippen.example/jsonld' },
    });
    const report = await importFile(inline);
    expect(report.added.map((item) => item.label)).toEqual(['jsonld-begrip']);
    expect(report.notKept).toEqual([]);
  });

  it('names the line of a Turtle syntax error and reads nothing', async () => {
    const result = await api.graphql(PREVIEW, { file: `@prefix skos: <${SKOS}>.\n<https://elders.example/x> a skos:Concept skos:prefLabel "x".` }, admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { file: [expect.stringMatching(/^Regel 2 is geen geldige Turtle/)] } });
  });
});
