import { Inject, Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { clientAddressOf, CurrentActor, type GraphQLContext, Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { DomainError, type MaybeActor, message } from '@werkkennis/kernel';
import { OrganizationLoaders, OrganizationModel } from '@werkkennis/organizations';
import DataLoader from 'dataloader';
import { AuthService } from './auth.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { clearSessionCookies, secureCookies, sessionCookieOf, setSessionCookies } from './session-cookies';
import { SessionService } from './session.service';
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
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly organizationLoaders: OrganizationLoaders,
    @Inject(IDENTITY_OPTIONS) options: IdentityOptions,
  ) {
    this.secureCookies = secureCookies(options);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Inloggen: een kortlevend token volgens uw rol en een refresh token; de webapp krijgt een sessiecookie.' })
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: GraphQLContext) {
    if (email.length > 254 || password.length > 1000) {
      throw DomainError.invalidInput({ email: [message('auth.emailAndPassword')] });
    }
    const session = await this.auth.login(email, password, clientAddressOf(context.req));
    setSessionCookies(context.res, session, this.secureCookies);
    return session;
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Nieuwe tokens in ruil voor het refresh token (API-clients) of de sessiecookie (webapp); het oude refresh token vervalt daarmee.',
  })
  async refreshSession(@Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null, @Context() context: GraphQLContext) {
    const fromCookie = !refreshToken;
    const token = refreshToken ?? sessionCookieOf(context.req);
    if (!token || token.length > 200) throw DomainError.unauthenticated(message('auth.noSessionToExtend'));
    const session = await this.sessions.refresh(token);
    if (!fromCookie) return session;
    setSessionCookies(context.res, session, this.secureCookies);
    // The cookie is HttpOnly so that a script on the page cannot carry the session off: do not hand it over here.
    return { ...session, refreshToken: null };
  }

  @Mutation(() => Boolean, { description: 'Uitloggen: beëindigt deze sessie meteen, ook voor tokens die nog niet verlopen zijn.' })
  async logout(@Context() context: GraphQLContext) {
    if (context.authentication) await this.sessions.revoke(context.authentication.sessionId);
    clearSessionCookies(context.res, this.secureCookies);
    return true;
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
