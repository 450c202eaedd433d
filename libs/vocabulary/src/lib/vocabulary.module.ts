import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { json } from 'express';
import { OrganizationsModule } from '@werkkennis/organizations';
import { AnnotationEntity } from './annotations/annotation.entity';
import { AnnotationResolver, DefinitionAnnotationsResolver } from './annotations/annotation.resolver';
import { AnnotationService } from './annotations/annotation.service';
import { ComparisonResolver } from './comparison/comparison.resolver';
import { ComparisonService } from './comparison/comparison.service';
import { TermHistoryService } from './comparison/term-history.service';
import { DefinitionEntity, DefinitionRelationEntity, DefinitionVersionEntity } from './definitions/definition.entity';
import { DefinitionRelationResolver, DefinitionResolver, DefinitionVersionResolver, TermDefinitionsResolver } from './definitions/definition.resolver';
import { DefinitionService } from './definitions/definition.service';
import { AnnotationProtocolController } from './standards/annotation-protocol.controller';
import { PublicReadCors } from './standards/linked-data';
import { VocabularyExportController } from './standards/vocabulary-export.controller';
import { VocabularyExportService } from './standards/vocabulary-export.service';
import { VocabularyImportResolver } from './standards/vocabulary-import.resolver';
import { VocabularyImportService } from './standards/vocabulary-import.service';
import { FindingTermMentionsResolver, InterventionTermMentionsResolver, ProjectTermMentionsResolver } from './term-linking/term-mention.resolver';
import { TermMentionService } from './term-linking/term-mention.service';
import { TermCollectionEntity, TermEntity, TermRelationEntity } from './terms/term.entity';
import { TermCollectionResolver, TermResolver } from './terms/term.resolver';
import { TermService } from './terms/term.service';
import { VocabularyLoaders } from './vocabulary.loaders';
import { VocabularyRecords } from './vocabulary-records';
import { VOCABULARY_OPTIONS, type VocabularyOptions, VocabularyUris } from './vocabulary-uris';

export const VOCABULARY_ENTITIES = [
  TermEntity,
  TermRelationEntity,
  TermCollectionEntity,
  DefinitionEntity,
  DefinitionVersionEntity,
  DefinitionRelationEntity,
  AnnotationEntity,
];

/**
 * The shared vocabulary of contested terms: terms, definitions per perspective with their
 * history, annotations, comparison, term linking in other content, and SKOS export and import.
 * Imported as is it uses the default base URI; `forRoot` sets another.
 */
@Module({
  imports: [OrganizationsModule],
  controllers: [VocabularyExportController, AnnotationProtocolController],
  providers: [
    VocabularyUris,
    VocabularyLoaders,
    TermService,
    TermResolver,
    TermCollectionResolver,
    DefinitionService,
    DefinitionResolver,
    DefinitionVersionResolver,
    DefinitionRelationResolver,
    TermDefinitionsResolver,
    AnnotationService,
    AnnotationResolver,
    DefinitionAnnotationsResolver,
    ComparisonService,
    ComparisonResolver,
    TermMentionService,
    ProjectTermMentionsResolver,
    InterventionTermMentionsResolver,
    FindingTermMentionsResolver,
    VocabularyExportService,
    VocabularyImportService,
    VocabularyImportResolver,
    VocabularyRecords,
    TermHistoryService,
  ],
  // Ports for domains that refer to vocabulary records (session reports, term histories), and
  // the export's graph for the SPARQL endpoint (libs/linked-data).
  exports: [VocabularyRecords, TermHistoryService, VocabularyExportService, VocabularyUris],
})
export class VocabularyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(PublicReadCors)
      .forRoutes(...['vocabulary', 'vocabulary.ttl', 'vocabulary.jsonld', 'terms/*key', 'definitions/*key', 'collections/*key', 'annotations/*key'].map((path) => ({ path, method: RequestMethod.ALL })));
    // Annotation clients send application/ld+json, which the app's JSON parser leaves alone.
    consumer
      .apply(json({ type: ['application/ld+json', 'application/json'], limit: '1mb' }))
      .forRoutes({ path: 'definitions/:id/annotations', method: RequestMethod.POST }, { path: 'annotations/:id', method: RequestMethod.PUT });
  }
}

/**
 * The vocabulary's settings, set once where the app is composed. Global, so that every import of
 * VocabularyModule (the app's, and the domains that use its ports) is the same module with the
 * same base URI: a `forRoot` on VocabularyModule itself would make a second instance.
 */
@Global()
@Module({})
export class VocabularyOptionsModule {
  static forRoot(options: VocabularyOptions): DynamicModule {
    return { module: VocabularyOptionsModule, providers: [{ provide: VOCABULARY_OPTIONS, useValue: options }], exports: [VOCABULARY_OPTIONS] };
  }
}
