/**
 * Loads the official `meilisearch` client and configures it with the keep-alive httpClient.
 *
 * The client is published as ES modules only. This workspace compiles to CommonJS, where SWC
 * rewrites `import()` into `require()`, which Jest cannot do for an ES module on Node 20. An
 * `import()` created through `Function` is left alone and stays a real dynamic import, in
 * Node and in Jest (run with --experimental-vm-modules).
 *
 * Types come from `meilisearch/dist/index` because the workspace resolves modules the
 * `node10` way, which ignores the package's `exports` map. Type imports are erased, so the
 * runtime never uses that path.
 */
import type { Meilisearch } from 'meilisearch/dist/index';
import { createKeepAliveHttpClient } from './keep-alive-http';

export type { EnqueuedTaskPromise, Index, Meilisearch, SearchParams, Settings, Task } from 'meilisearch/dist/index';

type MeilisearchModule = typeof import('meilisearch/dist/index');

const importEsModule = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<MeilisearchModule>;

let meilisearchModule: Promise<MeilisearchModule> | undefined;

export interface MeilisearchClientOptions {
  host: string;
  apiKey?: string;
  requestTimeoutMs?: number;
  /** How long to wait for Meilisearch to process one enqueued task. */
  taskTimeoutMs: number;
}

export async function createMeilisearchClient(options: MeilisearchClientOptions): Promise<Meilisearch> {
  meilisearchModule ??= importEsModule('meilisearch');
  const { Meilisearch } = await meilisearchModule;
  return new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    httpClient: createKeepAliveHttpClient({ timeoutMs: options.requestTimeoutMs }),
    // Tasks on a small index finish in a few ms; polling often keeps writes visible quickly.
    defaultWaitOptions: { timeout: options.taskTimeoutMs, interval: 10 },
  });
}
