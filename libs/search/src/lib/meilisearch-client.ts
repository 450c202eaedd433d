/**
 * Configures the official `meilisearch` client with the keep-alive httpClient.
 *
 * The client is published as ES modules only. Node 20.19+ can `require()` an ES module, so the
 * compiled CommonJS build loads it directly; Jest compiles it to CommonJS (jest.config.js).
 * Types come from `meilisearch/dist/index` because the workspace resolves modules the
 * `node10` way, which ignores the package's `exports` map; type imports are erased.
 */
import type { Meilisearch } from 'meilisearch/dist/index';
import { createKeepAliveHttpClient } from './keep-alive-http';

export type { EnqueuedTaskPromise, Index, Meilisearch, SearchParams, Settings, Task } from 'meilisearch/dist/index';

type MeilisearchModule = typeof import('meilisearch/dist/index');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadMeilisearch = (): MeilisearchModule => require('meilisearch');

export interface MeilisearchClientOptions {
  host: string;
  apiKey?: string;
  requestTimeoutMs?: number;
  /** How long to wait for Meilisearch to process one enqueued task. */
  taskTimeoutMs: number;
}

export async function createMeilisearchClient(options: MeilisearchClientOptions): Promise<Meilisearch> {
  const { Meilisearch } = loadMeilisearch();
  return new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    httpClient: createKeepAliveHttpClient({ timeoutMs: options.requestTimeoutMs }),
    // Tasks on a small index finish in a few ms; polling often keeps writes visible quickly.
    defaultWaitOptions: { timeout: options.taskTimeoutMs, interval: 10 },
  });
}
