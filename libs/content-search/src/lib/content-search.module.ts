import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createSearchEngine, type RunningSearchEngine, SEARCH_ENGINE, type SearchEngineConfig } from '@werkkennis/search';
import { INDEXER_OPTIONS, type IndexerOptions, SearchIndexer } from './search-indexer';
import { SearchConsistency } from './search-consistency';
import { Publications } from './publications';
import { SearchProjector } from './search-projector';
import { SearchResolver } from './search.resolver';
import { KnowledgeGapResolver } from './knowledge-gaps/knowledge-gap.resolver';
import { KnowledgeGapService } from './knowledge-gaps/knowledge-gap.service';

const RUNNING_ENGINE = Symbol('RUNNING_ENGINE');

/** Stops a managed search server together with the app. */
class SearchEngineLifecycle implements OnApplicationShutdown {
  constructor(@Inject(RUNNING_ENGINE) private readonly running: RunningSearchEngine) {}

  onApplicationShutdown(): Promise<void> {
    return this.running.stop();
  }
}

/** Search over published content: the query, the projection into the index, and the outbox worker. */
@Module({})
export class ContentSearchModule {
  static forRoot(engine: Omit<SearchEngineConfig, 'logger'>, indexer: IndexerOptions): DynamicModule {
    return {
      module: ContentSearchModule,
      // Feeds and follows read what became public (Publications) wherever they are composed.
      global: true,
      providers: [
        { provide: RUNNING_ENGINE, useFactory: () => createSearchEngine({ ...engine, logger: new Logger('Meilisearch') }) },
        { provide: SEARCH_ENGINE, inject: [RUNNING_ENGINE], useFactory: (running: RunningSearchEngine) => running.engine },
        { provide: INDEXER_OPTIONS, useValue: indexer },
        SearchEngineLifecycle,
        SearchProjector,
        SearchIndexer,
        SearchConsistency,
        SearchResolver,
        KnowledgeGapService,
        KnowledgeGapResolver,
        Publications,
      ],
      exports: [SearchIndexer, SearchConsistency, SEARCH_ENGINE, Publications],
    };
  }
}
