import type { ManagedMeilisearch } from '../../libs/search/src/lib/managed-meilisearch';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __meili?: ManagedMeilisearch }).__meili?.stop();
}
