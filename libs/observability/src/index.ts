export * from './lib/metrics';
export * from './lib/observability.module';
export * from './lib/graphql-metrics.plugin';
