export * from './lib/database.options';
export * from './lib/persistence.module';
export * from './lib/query-counter';
export * from './lib/snake-naming.strategy';
export * from './lib/transaction-runner';
export { MIGRATIONS } from './lib/migrations';
export * from './lib/keyset-pagination';
export * from './lib/link-table';
export * from './lib/free-slug';
