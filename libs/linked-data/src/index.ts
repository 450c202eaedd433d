export * from './lib/linked-data.module';
export * from './lib/sparql-store';
