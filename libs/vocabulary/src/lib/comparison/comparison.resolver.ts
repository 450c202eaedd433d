import DataLoader from 'dataloader';
import { Args, Float, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { DomainError, MAX_PAGE_SIZE, message } from '@werkkennis/kernel';
import type { TermEntity } from '../terms/term.entity';
import { TermModel } from '../terms/term.model';
import { TermService } from '../terms/term.service';
import { VocabularyLoaders } from '../vocabulary.loaders';
import { type Background, compareDefinitions } from './compare-definitions';
import { TermComparisonModel } from './comparison.model';
import { ComparisonService } from './comparison.service';

@Resolver(() => TermModel)
export class ComparisonResolver {
  constructor(
    private readonly comparisons: ComparisonService,
    private readonly termService: TermService,
    private readonly vocabularyLoaders: VocabularyLoaders,
  ) {}

  @Query(() => TermComparisonModel, { description: 'De definities van een begrip naast elkaar: gedeelde en onderscheidende elementen, en de divergentie.' })
  async termComparison(@Args('slug') slug: string, @Loaders() loaders: LoaderRegistry): Promise<TermComparisonModel> {
    const term = await this.termService.bySlug(slug);
    const definitions = await this.vocabularyLoaders.definitionsOfTerm(loaders).load(term.id);
    const comparison = compareDefinitions(term.label, definitions, await this.background(loaders));
    const byId = new Map(definitions.map((definition) => [definition.id, definition]));
    return {
      term,
      divergence: comparison.divergence,
      sharedElements: comparison.shared,
      definitions: comparison.definitions.map((profile) => ({
        definition: byId.get(profile.definitionId)!,
        perspective: profile.perspective,
        distinctiveElements: profile.distinctive,
        sharedElements: profile.shared,
      })),
    };
  }

  @Query(() => [TermModel], { description: 'De meest omstreden begrippen eerst: hoogste divergentie tussen de perspectieven.' })
  async mostContestedTerms(
    @Args('first', { type: () => Int, defaultValue: 10, description: `Hoogstens ${MAX_PAGE_SIZE}.` }) first: number,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<TermEntity[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw DomainError.invalidInput({ first: [message('validation.pageSize', { max: MAX_PAGE_SIZE })] });
    const ranked = await this.comparisons.mostContested(first);
    // The definitions are loaded already; `divergence` and `definitions` of these terms read them from here.
    for (const { term, definitions } of ranked) this.vocabularyLoaders.definitionsOfTerm(loaders).prime(term.id, definitions);
    return ranked.map(({ term }) => term);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Divergentie van de definities (zie termComparison); leeg bij minder dan twee perspectieven.' })
  async divergence(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry): Promise<number | null> {
    const definitions = await this.vocabularyLoaders.definitionsOfTerm(loaders).load(term.id);
    return compareDefinitions(term.label, definitions, await this.background(loaders)).divergence;
  }

  /** One background per request, however many terms it compares. */
  private background(loaders: LoaderRegistry): Promise<Background> {
    const loader = loaders.get('vocabulary.divergenceBackground', () => new DataLoader(async (keys: readonly string[]) => {
      const background = await this.comparisons.background();
      return keys.map(() => background);
    }));
    return loader.load('all');
  }
}
