import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { AuthorModel, UserLoaders } from '@werkkennis/identity';
import { mayChangeWork, type MaybeActor } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import DataLoader from 'dataloader';
import type { TermEntity } from '../terms/term.entity';
import { TermModel } from '../terms/term.model';
import { VocabularyLoaders } from '../vocabulary.loaders';
import type { DefinitionEntity, DefinitionRelationEntity, DefinitionVersionEntity } from './definition.entity';
import { AddDefinitionInput, RelateDefinitionsInput, UpdateDefinitionInput } from './definition.inputs';
import { DefinitionModel, DefinitionRelationModel, DefinitionVersionModel, TermConvergenceModel } from './definition.model';
import { DefinitionService } from './definition.service';

@Resolver(() => DefinitionModel)
export class DefinitionResolver {
  constructor(
    private readonly definitions: DefinitionService,
    private readonly vocabularyLoaders: VocabularyLoaders,
    private readonly organizationLoaders: OrganizationLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => DefinitionModel, { description: 'Voeg een definitie toe vanuit een perspectief (onderzoekers en beheer).' })
  addDefinition(@CurrentActor() actor: MaybeActor, @Args('input') input: AddDefinitionInput) {
    return this.definitions.add(actor, input);
  }

  @Mutation(() => DefinitionModel, { description: 'Herzie een definitie, met een toelichting (auteur, collega van de auteur of beheer); de vorige versie blijft leesbaar.' })
  updateDefinition(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateDefinitionInput) {
    return this.definitions.update(actor, id, input);
  }

  @Mutation(() => DefinitionRelationModel, { description: 'Stel vast hoe twee definities van een begrip zich verhouden (onderzoekers en beheer).' })
  relateDefinitions(@CurrentActor() actor: MaybeActor, @Args('input') input: RelateDefinitionsInput) {
    return this.definitions.relate(actor, input);
  }

  @Mutation(() => ID, { description: 'Trek een vastgestelde relatie tussen definities in (wie haar vaststelde, of beheer); geeft haar id terug.' })
  withdrawDefinitionRelation(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.definitions.withdrawRelation(actor, id);
  }

  @ResolveField(() => TermModel)
  term(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.vocabularyLoaders.termById(loaders).load(definition.termId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'De organisatie op Werkkennis die de bron uitgaf; niet per se die van wie de definitie invoerde.' })
  organization(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return definition.organizationId ? this.organizationLoaders.byId(loaders).load(definition.organizationId) : null;
  }

  @ResolveField(() => AuthorModel, { nullable: true, description: 'Wie de definitie invoerde.' })
  author(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(definition.authorId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'De organisatie van wie de definitie invoerde (nu); los van de bron.' })
  async authorOrganization(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    const author = await this.userLoaders.byId(loaders).load(definition.authorId);
    return author?.organizationId ? this.organizationLoaders.byId(loaders).load(author.organizationId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Of u deze definitie mag herzien: de auteur, collega\'s van de organisatie van de auteur en beheerders.' })
  async viewerCanRevise(@Parent() definition: DefinitionEntity, @CurrentActor() actor: MaybeActor, @Loaders() loaders: LoaderRegistry): Promise<boolean> {
    if (!actor) return false;
    const author = await this.userLoaders.byId(loaders).load(definition.authorId);
    return mayChangeWork(actor, 'definition.update', { authorId: definition.authorId, authorOrganizationId: author?.organizationId ?? null });
  }

  @ResolveField(() => [DefinitionVersionModel], { description: 'Alle versies, de eerste eerst; de laatste is de huidige.' })
  versions(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('definition.versions', () => new DataLoader((ids: readonly string[]) => this.definitions.versionsOf(ids))).load(definition.id);
  }

  @ResolveField(() => [DefinitionRelationModel], { description: 'Wat onderzoekers vaststellen over deze en een andere definitie.' })
  relations(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('definition.relations', () => new DataLoader((ids: readonly string[]) => this.definitions.relationsOf(ids))).load(definition.id);
  }
}

@Resolver(() => DefinitionVersionModel)
export class DefinitionVersionResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => AuthorModel, { nullable: true, description: 'Wie deze versie schreef.' })
  changedBy(@Parent() version: DefinitionVersionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(version.changedById);
  }
}

@Resolver(() => DefinitionRelationModel)
export class DefinitionRelationResolver {
  constructor(
    private readonly vocabularyLoaders: VocabularyLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => DefinitionModel)
  from(@Parent() relation: DefinitionRelationEntity, @Loaders() loaders: LoaderRegistry) {
    return this.vocabularyLoaders.definitionById(loaders).load(relation.fromDefinitionId);
  }

  @ResolveField(() => DefinitionModel)
  to(@Parent() relation: DefinitionRelationEntity, @Loaders() loaders: LoaderRegistry) {
    return this.vocabularyLoaders.definitionById(loaders).load(relation.toDefinitionId);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  statedBy(@Parent() relation: DefinitionRelationEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(relation.statedById);
  }
}

/** The definitions side of a term: its definitions and whether their perspectives converge. */
@Resolver(() => TermModel)
export class TermDefinitionsResolver {
  constructor(
    private readonly definitionService: DefinitionService,
    private readonly vocabularyLoaders: VocabularyLoaders,
  ) {}

  @ResolveField(() => [DefinitionModel])
  definitions(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return this.vocabularyLoaders.definitionsOfTerm(loaders).load(term.id);
  }

  @ResolveField(() => TermConvergenceModel, { description: 'Groeien de perspectieven naar elkaar toe of botsen ze? Volgens de vastgestelde relaties.' })
  convergence(@Parent() term: TermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('term.convergence', () => new DataLoader((ids: readonly string[]) => this.definitionService.convergenceOf(ids))).load(term.id);
  }
}
