export * from './lib/vocabulary.entities';
export * from './lib/vocabulary.models';
export * from './lib/vocabulary.inputs';
export * from './lib/vocabulary.service';
export * from './lib/vocabulary.module';
