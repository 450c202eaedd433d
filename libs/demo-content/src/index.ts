export * from './lib/seed-demo-content';
export * from './lib/demo-data.types';
