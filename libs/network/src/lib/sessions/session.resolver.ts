import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, type LoaderRegistry } from '@werkkennis/api-core';
import type { MaybeActor } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import { AnnotationModel, DefinitionModel, DefinitionRelationModel, TermModel, VocabularyRecords } from '@werkkennis/vocabulary';
import DataLoader from 'dataloader';
import type { SessionEntity, SessionParticipantEntity, SessionTermEntity } from './session.entity';
import { RecordSessionInput, UpdateSessionInput } from './session.inputs';
import { SessionAgendaItemModel, SessionModel, SessionParticipantModel } from './session.model';
import { SessionService } from './session.service';

/** Present records only: work deleted since the report drops out of it. */
const present = <T>(records: (T | null | Error)[]): T[] => records.filter((record): record is T => !!record && !(record instanceof Error));

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @Query(() => SessionModel, { description: 'Eén bijeenkomst met haar verslag, op slug.' })
  networkSession(@Args('slug') slug: string) {
    return this.sessions.bySlug(slug);
  }

  @Query(() => [SessionModel], { description: 'Alle bijeenkomsten, de meest recente eerst; met een begrip (id) alleen die het op de agenda hadden.' })
  networkSessions(@Args('termId', { type: () => ID, nullable: true }) termId?: string) {
    return this.sessions.list(termId);
  }

  @Mutation(() => SessionModel, { description: 'Leg een bijeenkomst vast: deelnemers met hun perspectief, en per begrip op de agenda wat er bleek en wat is afgesproken.' })
  recordSession(@CurrentActor() actor: MaybeActor, @Args('input') input: RecordSessionInput) {
    return this.sessions.record(actor, input);
  }

  @Mutation(() => SessionModel, { description: 'Werk het verslag van een bijeenkomst bij (wie het vastlegde, een collega van diens organisatie, of een beheerder).' })
  updateSession(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSessionInput) {
    return this.sessions.update(actor, id, input);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'De organisatie die de bijeenkomst organiseerde.' })
  organiser(@Parent() session: SessionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.organizationLoaders.byId(loaders).load(session.organiserId);
  }

  @ResolveField(() => [SessionParticipantModel])
  participants(@Parent() session: SessionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('session.participants', () => new DataLoader((ids: readonly string[]) => this.sessions.participantsOf(ids))).load(session.id);
  }

  @ResolveField(() => [SessionAgendaItemModel], { description: 'De besproken begrippen, in volgorde.' })
  agenda(@Parent() session: SessionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('session.agenda', () => new DataLoader((ids: readonly string[]) => this.sessions.agendaOf(ids))).load(session.id);
  }

  @ResolveField(() => Boolean, { description: 'Of u dit verslag mag bijwerken.' })
  viewerCanUpdate(@Parent() session: SessionEntity, @CurrentActor() actor: MaybeActor) {
    return this.sessions.mayUpdate(actor, session);
  }
}

@Resolver(() => SessionParticipantModel)
export class SessionParticipantResolver {
  constructor(private readonly organizationLoaders: OrganizationLoaders) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() participant: SessionParticipantEntity, @Loaders() loaders: LoaderRegistry) {
    return this.organizationLoaders.byId(loaders).load(participant.organizationId);
  }
}

@Resolver(() => SessionAgendaItemModel)
export class SessionAgendaItemResolver {
  constructor(private readonly vocabulary: VocabularyRecords) {}

  @ResolveField(() => TermModel, { nullable: true })
  term(@Parent() item: SessionTermEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('session.term', () => new DataLoader((ids: readonly string[]) => this.vocabulary.termsByIds(ids))).load(item.termId);
  }

  @ResolveField(() => [DefinitionModel], { description: 'Definities die uit de bijeenkomst voortkwamen.' })
  async definitions(@Parent() item: SessionTermEntity, @Loaders() loaders: LoaderRegistry) {
    return present(await loaders.get('session.definition', () => new DataLoader((ids: readonly string[]) => this.vocabulary.definitionsByIds(ids))).loadMany(item.definitionIds));
  }

  @ResolveField(() => [DefinitionRelationModel], { description: 'Relaties tussen definities die uit de bijeenkomst voortkwamen.' })
  async relations(@Parent() item: SessionTermEntity, @Loaders() loaders: LoaderRegistry) {
    return present(await loaders.get('session.relation', () => new DataLoader((ids: readonly string[]) => this.vocabulary.relationsByIds(ids))).loadMany(item.relationIds));
  }

  @ResolveField(() => [AnnotationModel], { description: 'Annotaties die uit de bijeenkomst voortkwamen.' })
  async annotations(@Parent() item: SessionTermEntity, @Loaders() loaders: LoaderRegistry) {
    return present(await loaders.get('session.annotation', () => new DataLoader((ids: readonly string[]) => this.vocabulary.annotationsByIds(ids))).loadMany(item.annotationIds));
  }
}
