import { Injectable } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { DomainError, type MaybeActor } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import DataLoader from 'dataloader';
import { AuthService } from './auth.service';
import type { UserEntity } from './user.entity';
import { AuthPayloadModel, UserModel } from './user.model';

/** Request-scoped loader for the authors of definitions and annotations. */
@Injectable()
export class UserLoaders {
  constructor(private readonly auth: AuthService) {}

  byId(loaders: LoaderRegistry): DataLoader<string, UserEntity | null> {
    return loaders.get('user.byId', () => new DataLoader((ids: readonly string[]) => this.auth.byIds(ids)));
  }
}

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly organizationLoaders: OrganizationLoaders,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Inloggen; het token geeft toegang volgens uw rol.' })
  login(@Args('email') email: string, @Args('password') password: string) {
    if (email.length > 254 || password.length > 1000) {
      throw DomainError.invalidInput({ email: ['Vul een geldig e-mailadres en wachtwoord in.'] });
    }
    return this.auth.login(email, password);
  }

  @Query(() => UserModel, { description: 'De ingelogde gebruiker.' })
  me(@CurrentActor() actor: MaybeActor) {
    return this.auth.me(actor);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() user: UserEntity, @Loaders() loaders: LoaderRegistry) {
    return user.organizationId ? this.organizationLoaders.byId(loaders).load(user.organizationId) : null;
  }
}
