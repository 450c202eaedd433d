import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentActor, Loaders, LoaderRegistry, PageArgs, toConnection } from '@werkkennis/api-core';
import { type MaybeActor, OrganizationKind } from '@werkkennis/kernel';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationLoaders } from './organization.loaders';
import { LearningNetworkModel, OrganizationModel } from './organization.model';
import { NETWORK_MEMBERS, OrganizationService } from './organization.service';
import type { LearningNetworkEntity } from './organization.entity';

const OrganizationConnection = ConnectionType(OrganizationModel, 'Organization');
const LearningNetworkConnection = ConnectionType(LearningNetworkModel, 'LearningNetwork');

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Query(() => OrganizationModel, { description: 'Eén organisatie op slug.' })
  organization(@Args('slug') slug: string) {
    return this.organizationService.bySlug(slug);
  }

  @Query(() => OrganizationConnection, { description: 'Organisaties op naam, eventueel van bepaalde soorten.' })
  async organizations(
    @Args() page: PageArgs,
    @Args('kinds', { type: () => [OrganizationKind], nullable: true }) kinds?: OrganizationKind[],
  ) {
    return toConnection(await this.organizationService.list({ kinds }, page.first, page.after), (row) => row);
  }

  @Mutation(() => OrganizationModel, { description: 'Voeg een organisatie toe (beheerders).' })
  createOrganization(@CurrentActor() actor: MaybeActor, @Args('input') input: CreateOrganizationInput) {
    return this.organizationService.create(actor, input);
  }

  @Mutation(() => OrganizationModel, { description: 'Wijzig naam, soort, regio of website van een organisatie; de slug blijft (beheerders).' })
  updateOrganization(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateOrganizationInput) {
    return this.organizationService.update(actor, id, input);
  }
}

@Resolver(() => LearningNetworkModel)
export class LearningNetworkResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @Query(() => LearningNetworkModel, { description: 'Eén lerend netwerk op slug.' })
  learningNetwork(@Args('slug') slug: string) {
    return this.organizationService.networkBySlug(slug);
  }

  @Query(() => LearningNetworkConnection)
  async learningNetworks(@Args() page: PageArgs) {
    return toConnection(await this.organizationService.listNetworks(page.first, page.after), (row) => row);
  }

  @ResolveField(() => [OrganizationModel])
  members(@Parent() network: LearningNetworkEntity, @Loaders() loaders: LoaderRegistry) {
    return this.organizationLoaders.linkedThrough(loaders, NETWORK_MEMBERS).load(network.id);
  }
}
