import { Args, Field, ID, InputType, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import { FindingKind, FindingOutcome, type MaybeActor } from '@werkkennis/kernel';
import { ProjectLoaders, ProjectModel } from '@werkkennis/projects';
import { IsArray, IsEnum, IsOptional } from 'class-validator';
import DataLoader from 'dataloader';
import type { FindingEntity } from './finding.entity';
import { AddFindingInput, CorrectFindingInput, WithdrawFindingArgs } from './finding.inputs';
import { FindingModel, FindingVersionModel } from './finding.model';
import { FindingService } from './finding.service';

const FindingConnection = ConnectionType(FindingModel, 'Finding');

@InputType()
export class FindingFilterInput {
  @Field(() => [FindingKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(FindingKind, { each: true })
  kinds?: FindingKind[];

  @Field(() => [FindingOutcome], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(FindingOutcome, { each: true })
  outcomes?: FindingOutcome[];
}

@Resolver(() => FindingModel)
export class FindingResolver {
  constructor(
    private readonly findingService: FindingService,
    private readonly projectLoaders: ProjectLoaders,
  ) {}

  @Query(() => FindingModel, { description: 'Eén bevinding op id; ook een ingetrokken bevinding, met de reden.' })
  finding(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.findingService.byId(actor, id);
  }

  @Query(() => FindingConnection, { description: 'Bevindingen van gepubliceerde projecten, nieuwste eerst; ingetrokken bevindingen niet.' })
  async findings(
    @Args() page: PageArgs,
    @Args('filter', { type: () => FindingFilterInput, nullable: true }) filter?: FindingFilterInput,
  ) {
    return toConnection(await this.findingService.list(filter ?? {}, page.first, page.after), (row) => row);
  }

  @Mutation(() => FindingModel, { description: 'Voeg een resultaat toe aan een project van uw organisatie.' })
  addFinding(@CurrentActor() actor: MaybeActor, @Args('input') input: AddFindingInput) {
    return this.findingService.add(actor, input);
  }

  @Mutation(() => FindingModel, { description: 'Corrigeer een resultaat van uw organisatie, met een reden die lezers zien; de vorige versie blijft leesbaar.' })
  correctFinding(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: CorrectFindingInput) {
    return this.findingService.correct(actor, id, input);
  }

  @Mutation(() => FindingModel, {
    description: 'Trek een resultaat van uw organisatie in, met een reden die lezers zien. Het blijft op zijn adres leesbaar als ingetrokken, maar verdwijnt uit lijsten en zoekresultaten.',
  })
  withdrawFinding(@CurrentActor() actor: MaybeActor, @Args() { id, reason }: WithdrawFindingArgs) {
    return this.findingService.withdraw(actor, id, reason);
  }

  @ResolveField(() => [FindingVersionModel], { description: 'Alle versies, de eerste eerst; de laatste is de huidige.' })
  versions(@Parent() finding: FindingEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('finding.versions', () => new DataLoader((ids: readonly string[]) => this.findingService.versionsOf(ids))).load(finding.id);
  }

  @ResolveField(() => ProjectModel)
  project(@Parent() finding: FindingEntity, @CurrentActor() actor: MaybeActor, @Loaders() loaders: LoaderRegistry) {
    return this.projectLoaders.visibleById(loaders, actor).load(finding.projectId);
  }
}

/** Adds `Project.findings`. */
@Resolver(() => ProjectModel)
export class ProjectFindingsResolver {
  constructor(private readonly findingService: FindingService) {}

  @ResolveField(() => [FindingModel], { description: 'Resultaten van het project, oudste eerst.' })
  findings(
    @Parent() project: ProjectModel,
    @Loaders() loaders: LoaderRegistry,
    @Args('includeWithdrawn', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Ook ingetrokken resultaten, voor de projectpagina die ze gemarkeerd toont; lijsten laten ze weg.',
    })
    includeWithdrawn: boolean,
  ) {
    return loaders
      .get(`finding.forProject.${includeWithdrawn}`, () => new DataLoader((ids: readonly string[]) => this.findingService.forProjects(ids, { includeWithdrawn })))
      .load(project.id);
  }
}
