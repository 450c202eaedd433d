export * from './lib/search.port';
export * from './lib/search-engine.factory';
export { DEFAULT_INDEX_NAME, MeilisearchEngine, type MeilisearchEngineOptions } from './lib/meilisearch.engine';
export { SearchEngineError, type SearchEngineFailure } from './lib/search-engine-error';
export {
  type ManagedMeilisearch,
  type ManagedMeilisearchOptions,
  type SearchLogger,
  startManagedMeilisearch,
} from './lib/managed-meilisearch';
export { createKeepAliveHttpClient, type HttpClient } from './lib/keep-alive-http';
export { CompoundLexicon, compoundParts } from './lib/dutch-compounds';
export { escapeHtml, renderHighlight } from './lib/highlight';
export { documentFingerprint } from './lib/document-fingerprint';
export { currentProcessOwner, isProcessOwner, isRunning, type ProcessOwner } from './lib/process-owner';
