export * from './lib/vocabularies';
export * from './lib/domain-error';
export * from './lib/actor';
export * from './lib/policy';
export * from './lib/slug';
export * from './lib/cursor';
export * from './lib/limits';
export * from './lib/editorial';
