import { startManagedMeilisearch } from '../../libs/search/src/lib/managed-meilisearch';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One real Meilisearch for the whole test run: every test app gets its own index on it.
 * Test workers inherit MEILI_HOST and MEILI_API_KEY from here.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MEILI_HOST) return;
  const server = await startManagedMeilisearch({ dataDir: mkdtempSync(join(tmpdir(), 'werkkennis-meili-')) });
  process.env.MEILI_HOST = server.host;
  process.env.MEILI_API_KEY = server.apiKey;
  (globalThis as { __meili?: typeof server }).__meili = server;
}
