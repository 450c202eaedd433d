import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import { AuthorModel, UserLoaders } from '@werkkennis/identity';
import type { MaybeActor } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import DataLoader from 'dataloader';
import type { AnnotationEntity, DefinitionEntity, TermEntity } from './vocabulary.entities';
import { AddDefinitionInput, AnnotateDefinitionInput } from './vocabulary.inputs';
import { AnnotationModel, DefinitionModel, TermModel, TermRelationModel } from './vocabulary.models';
import { VocabularyService } from './vocabulary.service';

const TermConnection = ConnectionType(TermModel, 'Term');

@Resolver(() => TermModel)
export class TermResolver {
  constructor(private readonly vocabulary: VocabularyService) {}

  @Query(() => TermModel, { description: 'Eén begrip op slug, met zijn definities.' })
  term(@Args('slug') slug: string) {
    return this.vocabulary.termBySlug(slug);
  }

  @Query(() => TermConnection, { description: 'Alle begrippen op alfabet.' })
  async terms(@Args() page: PageArgs) {
    return toConnection(await this.vocabulary.listTerms(page.first, page.after), (row) => row);
  }

  @ResolveField(() => [DefinitionModel])
  definitions(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get('term.definitions', () => new DataLoader((ids: readonly string[]) => this.vocabulary.definitionsOf(ids)))
      .load(term.id);
  }

  @ResolveField(() => [TermRelationModel], { description: 'Bredere, smallere en verwante begrippen.' })
  relations(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get('term.relations', () => new DataLoader((ids: readonly string[]) => this.vocabulary.relationsOf(ids)))
      .load(term.id);
  }
}

@Resolver(() => DefinitionModel)
export class DefinitionResolver {
  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly organizationLoaders: OrganizationLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => DefinitionModel, { description: 'Voeg een definitie toe vanuit een perspectief (onderzoekers en beheer).' })
  addDefinition(@CurrentActor() actor: MaybeActor, @Args('input') input: AddDefinitionInput) {
    return this.vocabulary.addDefinition(actor, input);
  }

  @ResolveField(() => TermModel)
  term(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get('term.byId', () => new DataLoader((ids: readonly string[]) => this.vocabulary.termsByIds(ids)))
      .load(definition.termId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return definition.organizationId ? this.organizationLoaders.byId(loaders).load(definition.organizationId) : null;
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(definition.authorId);
  }

  @ResolveField(() => [AnnotationModel])
  annotations(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get('definition.annotations', () => new DataLoader((ids: readonly string[]) => this.vocabulary.annotationsOf(ids)))
      .load(definition.id);
  }
}

@Resolver(() => AnnotationModel)
export class AnnotationResolver {
  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => AnnotationModel, { description: 'Annoteer een definitie: toelichten, bevragen, steunen, betwisten of verwijzen.' })
  annotateDefinition(@CurrentActor() actor: MaybeActor, @Args('input') input: AnnotateDefinitionInput) {
    return this.vocabulary.annotate(actor, input);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() annotation: AnnotationEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(annotation.authorId);
  }
}
