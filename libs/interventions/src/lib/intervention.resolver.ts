import { Args, Field, ID, InputType, Mutation, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import { Determinant, EvidenceLevel, type MaybeActor, TargetGroup } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import { IsArray, IsEnum, IsOptional } from 'class-validator';
import type { InterventionEntity } from './intervention.entity';
import { CreateInterventionInput, UpdateInterventionInput } from './intervention.inputs';
import { InterventionModel } from './intervention.model';
import { INTERVENTION_DEVELOPERS, InterventionService, type InterventionSort } from './intervention.service';

const InterventionConnection = ConnectionType(InterventionModel, 'Intervention');

enum InterventionSortField {
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(InterventionSortField, { name: 'InterventionSort' });

@InputType()
export class InterventionFilterInput {
  @Field(() => [TargetGroup], { nullable: true, description: 'Minstens een van deze doelgroepen.' })
  @IsOptional()
  @IsArray()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => [Determinant], { nullable: true, description: 'Minstens een van deze determinanten.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Determinant, { each: true })
  determinants?: Determinant[];

  @Field(() => [EvidenceLevel], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(EvidenceLevel, { each: true })
  evidenceLevels?: EvidenceLevel[];
}

@Resolver(() => InterventionModel)
export class InterventionResolver {
  constructor(
    private readonly interventionService: InterventionService,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @Query(() => InterventionModel, { description: 'Eén interventie op slug.' })
  intervention(@Args('slug') slug: string) {
    return this.interventionService.bySlug(slug);
  }

  @Query(() => InterventionConnection, { description: 'Interventies, te filteren op doelgroep, determinant en erkenningsniveau.' })
  async interventions(
    @Args() page: PageArgs,
    @Args('filter', { type: () => InterventionFilterInput, nullable: true }) filter?: InterventionFilterInput,
    @Args('sort', { type: () => InterventionSortField, defaultValue: InterventionSortField.NAME }) sort?: InterventionSort,
  ) {
    const result = await this.interventionService.list(filter ?? {}, sort ?? 'NAME', page.first, page.after);
    return toConnection(result, (row) => row);
  }

  @Mutation(() => InterventionModel, { description: 'Beschrijf een nieuwe interventie (redacteuren, onderzoekers, beheer).' })
  createIntervention(@CurrentActor() actor: MaybeActor, @Args('input') input: CreateInterventionInput) {
    return this.interventionService.create(actor, input);
  }

  @Mutation(() => InterventionModel, { description: 'Wijzig een interventie van uw eigen organisatie.' })
  updateIntervention(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInterventionInput,
  ) {
    return this.interventionService.update(actor, id, input);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organisaties die de interventie ontwikkelden.' })
  developers(@Parent() intervention: InterventionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.organizationLoaders.linkedThrough(loaders, INTERVENTION_DEVELOPERS).load(intervention.id);
  }
}
