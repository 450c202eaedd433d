export * from './lib/terms/term.entity';
export * from './lib/terms/term.model';
export * from './lib/definitions/definition.entity';
export * from './lib/definitions/definition.model';
export * from './lib/annotations/annotation.entity';
export * from './lib/annotations/annotation.model';
export { quoteOf } from './lib/annotations/text-quote';
export * from './lib/vocabulary-uris';
export * from './lib/vocabulary.module';
