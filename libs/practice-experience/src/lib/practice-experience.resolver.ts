import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { UserLoaders } from '@werkkennis/identity';
import { InterventionModel } from '@werkkennis/interventions';
import { type MaybeActor, Role } from '@werkkennis/kernel';
import { OrganizationLoaders } from '@werkkennis/organizations';
import DataLoader from 'dataloader';
import type { PracticeExperienceEntity } from './practice-experience.entity';
import { AddPracticeExperienceInput, HidePracticeExperienceArgs, RespondToPracticeExperienceArgs } from './practice-experience.inputs';
import { PracticeExperienceModel } from './practice-experience.model';
import { PracticeExperienceService } from './practice-experience.service';

@Resolver(() => PracticeExperienceModel)
export class PracticeExperienceResolver {
  constructor(
    private readonly experiences: PracticeExperienceService,
    private readonly userLoaders: UserLoaders,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @Mutation(() => PracticeExperienceModel, { description: 'Deel uw praktijkervaring met een interventie: context, wat werkte, wat niet, en of u haar opnieuw zou gebruiken.' })
  addPracticeExperience(@CurrentActor() actor: MaybeActor, @Args('input') input: AddPracticeExperienceInput) {
    return this.experiences.add(actor, input);
  }

  @Mutation(() => PracticeExperienceModel, { description: 'Reageer als ontwikkelaar van de interventie op een praktijkervaring; één reactie per ervaring.' })
  respondToPracticeExperience(@CurrentActor() actor: MaybeActor, @Args() { id, response }: RespondToPracticeExperienceArgs) {
    return this.experiences.respond(actor, id, response);
  }

  @Mutation(() => PracticeExperienceModel, { description: 'Verberg een praktijkervaring (beheerders), met een reden die in de geschiedenis blijft.' })
  hidePracticeExperience(@CurrentActor() actor: MaybeActor, @Args() { id, reason }: HidePracticeExperienceArgs) {
    return this.experiences.hide(actor, id, reason);
  }

  @ResolveField(() => String, { nullable: true, description: 'Wie de ervaring deelde; leeg als het account er niet meer is.' })
  async authorName(@Parent() experience: PracticeExperienceEntity, @Loaders() loaders: LoaderRegistry) {
    return experience.authorId ? ((await this.userLoaders.byId(loaders).load(experience.authorId))?.name ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'De organisatie die reageerde.' })
  async respondingOrganizationName(@Parent() experience: PracticeExperienceEntity, @Loaders() loaders: LoaderRegistry) {
    return experience.respondingOrganizationId ? ((await this.organizationLoaders.byId(loaders).load(experience.respondingOrganizationId))?.name ?? null) : null;
  }

  @ResolveField(() => Boolean, { description: 'Of u (als redacteur van een ontwikkelaar, of beheerder) nog kunt reageren.' })
  async viewerMayRespond(@Parent() experience: PracticeExperienceEntity, @CurrentActor() actor: MaybeActor, @Loaders() loaders: LoaderRegistry) {
    if (!actor || experience.response !== null || experience.hiddenAt) return false;
    if (actor.role === Role.ADMIN) return true;
    if (actor.role !== Role.EDITOR || !actor.organizationId) return false;
    return (await this.developers(loaders).load(experience.interventionId)).includes(actor.organizationId);
  }

  private developers(loaders: LoaderRegistry) {
    return loaders.get('practiceExperience.developers', () => new DataLoader((ids: readonly string[]) => this.experiences.developersOf(ids)));
  }
}

/** Adds `Intervention.practiceExperiences`. */
@Resolver(() => InterventionModel)
export class InterventionPracticeExperienceResolver {
  constructor(private readonly experiences: PracticeExperienceService) {}

  @ResolveField(() => [PracticeExperienceModel], { description: 'Praktijkervaringen, nieuwste eerst: ervaring uit de praktijk, geen bewijs.' })
  practiceExperiences(@Parent() intervention: InterventionModel, @CurrentActor() actor: MaybeActor, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get(`practiceExperience.forIntervention.${actor?.role === Role.ADMIN}`, () => new DataLoader((ids: readonly string[]) => this.experiences.forInterventions(actor, ids)))
      .load(intervention.id);
  }
}
