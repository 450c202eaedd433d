export * from './lib/graphql-context';
export * from './lib/domain-error.filter';
export * from './lib/input-validation.pipe';
export * from './lib/pagination';
export * from './lib/rate-limit';
export * from './lib/csrf.plugin';
export * from './lib/is-not-blank';
