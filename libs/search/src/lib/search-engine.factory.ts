/**
 * Chooses the search server: an external Meilisearch when MEILI_HOST is configured,
 * otherwise one the app starts and manages itself in the data folder.
 */
import { type SearchLogger, startManagedMeilisearch } from './managed-meilisearch';
import { MeilisearchEngine } from './meilisearch.engine';
import type { SearchEngine } from './search.port';

export interface SearchEngineConfig {
  /** Data folder of the app (DATA_DIR); the managed server keeps its files here. */
  dataDir: string;
  /** MEILI_HOST: use this server and start none. */
  meiliHost?: string;
  /** MEILI_API_KEY for the external server. */
  meiliApiKey?: string;
  /** MEILI_BINARY: run this binary instead of the packaged one. */
  meiliBinary?: string;
  indexName?: string;
  logger?: SearchLogger;
}

export interface RunningSearchEngine {
  engine: SearchEngine;
  /** Stops the managed server; does nothing for an external one. */
  stop(): Promise<void>;
}

export async function createSearchEngine(config: SearchEngineConfig): Promise<RunningSearchEngine> {
  if (config.meiliHost) {
    const engine = new MeilisearchEngine({
      host: config.meiliHost,
      apiKey: config.meiliApiKey,
      indexName: config.indexName,
    });
    return { engine, stop: async () => undefined };
  }
  const server = await startManagedMeilisearch({
    dataDir: config.dataDir,
    binaryPath: config.meiliBinary,
    logger: config.logger,
  });
  const engine = new MeilisearchEngine({ host: server.host, apiKey: server.apiKey, indexName: config.indexName });
  return { engine, stop: () => server.stop() };
}
