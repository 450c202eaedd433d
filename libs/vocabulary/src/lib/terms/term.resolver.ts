import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import type { MaybeActor } from '@werkkennis/kernel';
import DataLoader from 'dataloader';
import { ComparisonService } from '../comparison/comparison.service';
import { VocabularyLoaders } from '../vocabulary.loaders';
import { VocabularyUris } from '../vocabulary-uris';
import type { TermCollectionEntity, TermEntity } from './term.entity';
import { CreateTermCollectionInput, CreateTermInput, UpdateTermInput } from './term.inputs';
import { TermCollectionModel, TermModel, TermOrder, TermRelationModel } from './term.model';
import { TermService } from './term.service';

const TermConnection = ConnectionType(TermModel, 'Term');

@Resolver(() => TermModel)
export class TermResolver {
  constructor(
    private readonly termService: TermService,
    private readonly comparisons: ComparisonService,
    private readonly vocabularyLoaders: VocabularyLoaders,
    private readonly uris: VocabularyUris,
  ) {}

  @Query(() => TermModel, { description: 'Eén begrip op slug, met zijn definities.' })
  term(@Args('slug') slug: string) {
    return this.termService.bySlug(slug);
  }

  @Query(() => TermConnection, { description: 'Alle begrippen, op alfabet of de meest omstreden eerst.' })
  async terms(
    @Args() page: PageArgs,
    @Args('orderBy', { type: () => TermOrder, defaultValue: TermOrder.LABEL }) orderBy: TermOrder,
    @Loaders() loaders: LoaderRegistry,
  ) {
    if (orderBy === TermOrder.LABEL) return toConnection(await this.termService.list(page.first, page.after), (row) => row);
    const ranked = await this.comparisons.rankingPage(page.first, page.after);
    // The ranking read every definition already; `divergence` and `definitions` of these terms use them.
    for (const { term, definitions } of ranked.items) this.vocabularyLoaders.definitionsOfTerm(loaders).prime(term.id, definitions);
    return toConnection(ranked, (row) => row.term);
  }

  @Mutation(() => TermModel, { description: 'Stel een begrip voor (onderzoekers: status PROPOSED) of leg het vast (beheer).' })
  createTerm(@CurrentActor() actor: MaybeActor, @Args('input') input: CreateTermInput) {
    return this.termService.create(actor, input);
  }

  @Mutation(() => TermModel, { description: 'Wijzig een begrip; alleen beheerders wijzigen de status.' })
  updateTerm(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTermInput) {
    return this.termService.update(actor, id, input);
  }

  @ResolveField(() => String, { description: 'De vaste URI van het begrip (SKOS-export, import voegt samen op URI).' })
  uri(@Parent() term: TermEntity) {
    return this.uris.term(term);
  }

  @ResolveField(() => [TermRelationModel], { description: 'Bredere, smallere en verwante begrippen.' })
  relations(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('term.relations', () => new DataLoader((ids: readonly string[]) => this.termService.relationsOf(ids))).load(term.id);
  }

  @ResolveField(() => [TermCollectionModel])
  collections(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('term.collections', () => new DataLoader((ids: readonly string[]) => this.termService.collectionsOf(ids))).load(term.id);
  }
}

@Resolver(() => TermCollectionModel)
export class TermCollectionResolver {
  constructor(private readonly termService: TermService) {}

  @Query(() => [TermCollectionModel], { description: 'De collecties van de woordenschat.' })
  termCollections() {
    return this.termService.collections();
  }

  @Mutation(() => TermCollectionModel, { description: 'Maak een collectie van begrippen (beheer).' })
  createTermCollection(@CurrentActor() actor: MaybeActor, @Args('input') input: CreateTermCollectionInput) {
    return this.termService.createCollection(actor, input);
  }

  @ResolveField(() => [TermModel])
  terms(@Parent() collection: TermCollectionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('termCollection.terms', () => new DataLoader((ids: readonly string[]) => this.termService.membersOf(ids))).load(collection.id);
  }
}
