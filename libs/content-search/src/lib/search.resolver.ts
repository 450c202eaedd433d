import { Inject, Logger } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { answerOnlyOnce, type GraphQLContext, requestLanguage } from '@werkkennis/api-core';
import { message, render } from '@werkkennis/kernel';
import { SEARCH_ENGINE, type SearchEngine, SearchEngineError } from '@werkkennis/search';
import { Metrics } from '@werkkennis/observability';
import { GraphQLError } from 'graphql';
import { assertKnownFacetValues, inValueOrder } from './facet-values';
import { KnowledgeGapService } from './knowledge-gaps/knowledge-gap.service';
import { SearchInput, SearchResultModel } from './search.models';

@Resolver(() => SearchResultModel)
export class SearchResolver {
  private readonly logger = new Logger('Zoeken');

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly metrics: Metrics,
    private readonly gaps: KnowledgeGapService,
  ) {}

  @Query(() => SearchResultModel, {
    description: 'Zoek in alle gepubliceerde inhoud: projecten, interventies, bevindingen en begrippen.',
  })
  async search(@Args('input') input: SearchInput, @Context() context: GraphQLContext) {
    const { req } = context;
    // Asking is counted (knowledge gaps), and the index changes after the database does.
    answerOnlyOnce(context);
    const filters = input.filters ?? [];
    assertKnownFacetValues(filters);
    try {
      const result = await this.engine.search({
        query: input.query,
        types: input.types,
        filters,
        facets: input.facets,
        limit: input.limit ?? 20,
        offset: input.offset ?? 0,
      });
      this.metrics.searchEngineTime.observe(result.tookMs / 1000);
      // A narrowed search that finds little says more about the filters than about the field.
      if (!filters.length && input.query) this.gaps.record(input.query, result.total, { address: req.ip ?? '', userAgent: req.headers['user-agent'] ?? '' });
      return { ...result, facets: inValueOrder(result.facets) };
    } catch (error) {
      if (!(error instanceof SearchEngineError)) throw error;
      // The operator's detail goes to the log; the reader learns what to do.
      this.logger.error(error.message);
      throw new GraphQLError(render(message('error.searchUnavailable'), requestLanguage(req)), {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  }
}
