import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { type FacetName, SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';
import { SearchInput, SearchResultModel } from './search.models';

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  @Query(() => SearchResultModel, {
    description: 'Zoek in alle gepubliceerde inhoud: projecten, interventies, bevindingen en begrippen.',
  })
  search(@Args('input') input: SearchInput) {
    return this.engine.search({
      query: input.query,
      types: input.types,
      filters: input.filters?.map((filter) => ({ name: filter.name as FacetName, values: filter.values })),
      facets: input.facets as FacetName[] | undefined,
      limit: input.limit ?? 20,
      offset: input.offset ?? 0,
    });
  }
}
