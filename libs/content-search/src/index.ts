export * from './lib/content-search.module';
export * from './lib/search-indexer';
export * from './lib/search-consistency';
export * from './lib/search-projector';
export * from './lib/search.models';
export * from './lib/publications';
export { assertKnownFacetValues } from './lib/facet-values';
