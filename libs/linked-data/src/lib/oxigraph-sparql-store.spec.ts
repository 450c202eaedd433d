import { OxigraphSparqlStore } from './oxigraph-sparql-store';
import { SparqlBusyError, SparqlQueryError, SparqlTimeoutError } from './sparql-store';

const GRAPH = 'http://example.org/graph';
const TRIPLES = Array.from({ length: 300 }, (_, index) => `<http://example.org/s${index}> <http://example.org/p> "${index}" .`).join('\n');
/** 300⁴ rows to count: far past a 300 ms limit on any machine. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
const counted = (json: string) => Number(JSON.parse(json).results.bindings[0].n.value);

/** The embedded store in its worker thread: time limit, restart with the same graph, and the bound on waiting queries. */
describe('Oxigraph SPARQL store', () => {
  let store: OxigraphSparqlStore;

  beforeEach(async () => {
    store = new OxigraphSparqlStore(300, 2);
    await store.replace(TRIPLES, GRAPH);
  });
  afterEach(() => store.close());

  it('stops a query past the limit and answers the next one from the same graph', async () => {
    await expect(store.query(SLOW, 'application/sparql-results+json')).rejects.toBeInstanceOf(SparqlTimeoutError);
    expect(counted(await store.query(COUNT, 'application/sparql-results+json'))).toBe(300);
    expect(counted(await store.query(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${GRAPH}> { ?s ?p ?o } }`, 'json'))).toBe(300);
  });

  it('refuses a query at once when too many are running or waiting', async () => {
    const first = store.query(SLOW, 'json');
    const second = store.query(SLOW, 'json');
    await expect(store.query(COUNT, 'json')).rejects.toBeInstanceOf(SparqlBusyError);
    await expect(first).rejects.toBeInstanceOf(SparqlTimeoutError);
    await expect(second).rejects.toBeInstanceOf(SparqlTimeoutError);
    expect(counted(await store.query(COUNT, 'json'))).toBe(300);
  });

  it("reports the engine's reason for a malformed query", async () => {
    await expect(store.query('SELECT ?x WHERE { ?x }', 'json')).rejects.toThrow(SparqlQueryError);
  });
});
