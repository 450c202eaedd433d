import { Worker } from 'node:worker_threads';
import { SparqlBusyError, SparqlQueryError, type SparqlStore, SparqlTimeoutError } from './sparql-store';

/**
 * The worker's code. Plain JavaScript in a string (an eval worker) so the same file runs from
 * the SWC build and under Jest, neither of which would hand a worker a compiled file of its own.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const oxigraph = require(workerData.oxigraph);
let store = new oxigraph.Store();
parentPort.on('message', ({ id, kind, text, graphName, mediaType }) => {
  try {
    if (kind === 'replace') {
      store = new oxigraph.Store();
      // In the default graph for plain queries, and named for FROM and GRAPH (Skosmos's sparqlGraph).
      store.load(text, { format: 'application/n-triples' });
      store.load(text, { format: 'application/n-triples', to_graph_name: oxigraph.namedNode(graphName) });
      parentPort.postMessage({ id, ok: true, result: '' });
    } else {
      const result = store.query(text, { results_format: mediaType });
      parentPort.postMessage({ id, ok: true, result: String(result) });
    }
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Request = { kind: 'replace'; text: string; graphName: string } | { kind: 'query'; text: string; mediaType: string };
type Reply = { id: number; ok: true; result: string } | { id: number; ok: false; message: string };

/**
 * Oxigraph, the embedded RDF store, in a worker thread. A query cannot be interrupted from
 * inside the engine, so a query past the time limit ends its whole thread; the next request
 * starts a new one and loads the last graph again (for this vocabulary: milliseconds).
 * Requests run one at a time, so a query's time limit never counts the wait for another.
 */
export class OxigraphSparqlStore implements SparqlStore {
  private worker: Worker | null = null;
  private graph: { ntriples: string; graphName: string } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastId = 0;
  private pendingQueries = 0;

  /** `maxPendingQueries`: queries running or waiting; one more is refused as busy. */
  constructor(
    private readonly timeoutMs: number,
    private readonly maxPendingQueries = 16,
  ) {}

  replace(ntriples: string, graphName: string): Promise<void> {
    return this.serially(async () => {
      this.graph = { ntriples, graphName };
      await this.send(this.running(), { kind: 'replace', text: ntriples, graphName }, null);
    });
  }

  query(query: string, mediaType: string): Promise<string> {
    if (this.pendingQueries >= this.maxPendingQueries) return Promise.reject(new SparqlBusyError());
    this.pendingQueries += 1;
    return this.serially(async () => {
      if (!this.worker && this.graph) await this.send(this.running(), { kind: 'replace', text: this.graph.ntriples, graphName: this.graph.graphName }, null);
      return this.send(this.running(), { kind: 'query', text: query, mediaType }, this.timeoutMs);
    }).finally(() => (this.pendingQueries -= 1));
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private running(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { oxigraph: require.resolve('oxigraph') } });
      // An idle store must not keep the process alive.
      this.worker.unref();
    }
    return this.worker;
  }

  private send(worker: Worker, request: Request, timeoutMs: number | null): Promise<string> {
    const id = ++this.lastId;
    return new Promise<string>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onReply);
        worker.off('error', onFailure);
      };
      const lose = () => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const onReply = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        if (reply.ok) resolve(reply.result);
        else reject(new SparqlQueryError(reply.message));
      };
      const onFailure = (error: Error) => {
        done();
        lose();
        reject(error);
      };
      const timer =
        timeoutMs === null
          ? undefined
          : setTimeout(() => {
              done();
              lose();
              reject(new SparqlTimeoutError(timeoutMs));
            }, timeoutMs);
      worker.on('message', onReply);
      worker.on('error', onFailure);
      worker.postMessage({ id, ...request });
    });
  }
}
