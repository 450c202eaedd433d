import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import { EditorialState, type MaybeActor, MESSAGES, ProjectStatus, TargetGroup } from '@werkkennis/kernel';
import { InterventionLoaders, InterventionModel } from '@werkkennis/interventions';
import { LearningNetworkModel, OrganizationLoaders, OrganizationModel, OrganizationService } from '@werkkennis/organizations';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import DataLoader from 'dataloader';
import type { ProjectEntity } from './project.entity';
import { CreateProjectInput, UpdateProjectInput } from './project.inputs';
import { ProjectModel } from './project.model';
import { PROJECT_INTERVENTIONS, PROJECT_PARTNERS, ProjectService, type ProjectSort } from './project.service';

const ProjectConnection = ConnectionType(ProjectModel, 'Project');

enum ProjectSortField {
  TITLE = 'TITLE',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(ProjectSortField, { name: 'ProjectSort' });

@InputType()
export class ProjectFilterInput {
  @Field(() => [EditorialState], { nullable: true, description: 'Standaard alleen gepubliceerde projecten.' })
  @IsOptional()
  @IsArray()
  @IsEnum(EditorialState, { each: true })
  states?: EditorialState[];

  @Field(() => [ProjectStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: MESSAGES.tooMany(20) })
  @IsString({ each: true })
  themes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Penvoerder of partner.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: MESSAGES.tooMany(50) })
  @IsUUID('all', { each: true, message: MESSAGES.id })
  organizationIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  networkId?: string;
}

/** Request-scoped loaders for projects, used wherever projects appear nested. */
@Injectable()
export class ProjectLoaders {
  constructor(private readonly projectService: ProjectService) {}

  visibleById(loaders: LoaderRegistry, actor: MaybeActor): DataLoader<string, ProjectEntity | null> {
    return loaders.get('project.visibleById', () => new DataLoader((ids: readonly string[]) => this.projectService.visibleByIds(actor, ids)));
  }

  forIntervention(loaders: LoaderRegistry, actor: MaybeActor): DataLoader<string, ProjectEntity[]> {
    return loaders.get('project.forIntervention', () => new DataLoader((ids: readonly string[]) => this.projectService.forInterventions(actor, ids)));
  }
}

@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly organizationLoaders: OrganizationLoaders,
    private readonly organizationService: OrganizationService,
    private readonly interventionLoaders: InterventionLoaders,
  ) {}

  @Query(() => ProjectModel, { description: 'Eén project op slug; concepten alleen voor de eigen organisatie.' })
  project(@CurrentActor() actor: MaybeActor, @Args('slug') slug: string) {
    return this.projectService.bySlug(actor, slug);
  }

  @Query(() => ProjectConnection, { description: 'Projecten, te filteren en te sorteren, per pagina.' })
  async projects(
    @CurrentActor() actor: MaybeActor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ProjectFilterInput, nullable: true }) filter?: ProjectFilterInput,
    @Args('sort', { type: () => ProjectSortField, defaultValue: ProjectSortField.TITLE }) sort?: ProjectSort,
  ) {
    const result = await this.projectService.list(actor, filter ?? {}, sort ?? 'TITLE', page.first, page.after);
    return toConnection(result, (row) => row);
  }

  @Mutation(() => ProjectModel, { description: 'Nieuw project van uw organisatie; het begint als concept.' })
  createProject(@CurrentActor() actor: MaybeActor, @Args('input') input: CreateProjectInput) {
    return this.projectService.create(actor, input);
  }

  @Mutation(() => ProjectModel)
  updateProject(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProjectInput) {
    return this.projectService.update(actor, id, input);
  }

  @Mutation(() => ProjectModel, { description: 'Publiceer: het project wordt voor iedereen zichtbaar.' })
  publishProject(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.projectService.publish(actor, id);
  }

  @Mutation(() => ProjectModel, { description: 'Archiveer: het project verdwijnt uit lijsten en zoekresultaten.' })
  archiveProject(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.projectService.archive(actor, id);
  }

  @ResolveField(() => [OrganizationModel], { description: 'De penvoerder, gevolgd door de partners.' })
  async organizations(@Parent() project: ProjectEntity, @Loaders() loaders: LoaderRegistry) {
    const [lead, partners] = await Promise.all([
      this.organizationLoaders.byId(loaders).load(project.ownerOrganizationId),
      this.organizationLoaders.linkedThrough(loaders, PROJECT_PARTNERS).load(project.id),
    ]);
    return [...(lead ? [lead] : []), ...partners.filter((partner) => partner.id !== lead?.id)];
  }

  @ResolveField(() => OrganizationModel, { description: 'De penvoerende organisatie.' })
  leadOrganization(@Parent() project: ProjectEntity, @Loaders() loaders: LoaderRegistry) {
    return this.organizationLoaders.byId(loaders).load(project.ownerOrganizationId);
  }

  @ResolveField(() => LearningNetworkModel, { nullable: true })
  network(@Parent() project: ProjectEntity, @Loaders() loaders: LoaderRegistry) {
    if (!project.networkId) return null;
    return loaders
      .get('network.byId', () => new DataLoader((ids: readonly string[]) => this.organizationService.networksByIds(ids)))
      .load(project.networkId);
  }

  @ResolveField(() => [InterventionModel])
  interventions(@Parent() project: ProjectEntity, @Loaders() loaders: LoaderRegistry) {
    return this.interventionLoaders.linkedThrough(loaders, PROJECT_INTERVENTIONS).load(project.id);
  }
}

/** Adds `Intervention.projects`: the published projects that use it. */
@Resolver(() => InterventionModel)
export class InterventionProjectsResolver {
  constructor(private readonly projectLoaders: ProjectLoaders) {}

  @ResolveField(() => [ProjectModel])
  projects(@Parent() intervention: InterventionModel, @CurrentActor() actor: MaybeActor, @Loaders() loaders: LoaderRegistry) {
    return this.projectLoaders.forIntervention(loaders, actor).load(intervention.id);
  }
}
