/**
 * The port behind the SPARQL endpoint: an RDF store that holds the published graph and answers
 * read queries in a given media type. The embedded default is Oxigraph in a worker thread
 * (`OxigraphSparqlStore`); a server such as Fuseki or Oxigraph's own could stand behind it too.
 */
export interface SparqlStore {
  /** Replaces everything the store holds with this graph (N-Triples), as the default graph and as the named graph `graphName`. */
  replace(ntriples: string, graphName: string): Promise<void>;
  /**
   * Runs a read query and serialises the answer in `mediaType`.
   * Rejects with `SparqlTimeoutError` when it runs too long, `SparqlQueryError` when the query is
   * wrong, `SparqlBusyError` when too many queries are waiting already.
   */
  query(query: string, mediaType: string): Promise<string>;
  close(): Promise<void>;
}

export const SPARQL_STORE = Symbol('SPARQL_STORE');

/** The query is not valid SPARQL (or asks what the store cannot answer); the reason is the engine's. */
export class SparqlQueryError extends Error {}

/** The query ran longer than the limit and was stopped. */
export class SparqlTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`SPARQL query stopped after ${limitMs} ms`);
  }
}

/** Too many queries wait already: answering at once beats answering after minutes. */
export class SparqlBusyError extends Error {}
