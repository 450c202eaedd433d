import { Args, Field, GraphQLISODateTime, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AskedLanguage, ConnectionType, CurrentActor, PageArgs, RequiredText, toConnection } from '@werkkennis/api-core';
import { type Language, LIMITS, type MaybeActor, MESSAGES, Role } from '@werkkennis/kernel';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { AccountService } from './account.service';
import { UserModel } from './user.model';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: MESSAGES.email })
  @MaxLength(254, { message: MESSAGES.tooLong(254) })
  email!: string;

  @Field()
  @RequiredText(LIMITS.title)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: MESSAGES.oneOf(Role) })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  organizationId?: string;
}

@ObjectType('AccountLink', { description: 'Een eenmalige link (uitnodiging): per e-mail verstuurd als er een mailserver is (SMTP_URL), anders in het log.' })
export class AccountLinkModel {
  @Field()
  url!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field({ description: 'Ook per e-mail verstuurd; zo niet (demomodus, mailserver onbereikbaar), geef de link zelf door.' })
  mailed!: boolean;
}

const UserConnection = ConnectionType(UserModel, 'User');

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Query(() => UserConnection, { description: 'Alle accounts op naam, ook uitgezette en uitgenodigde (beheer).' })
  async users(@CurrentActor() actor: MaybeActor, @Args() page: PageArgs) {
    return toConnection(await this.accounts.list(actor, page.first, page.after), (user) => user);
  }

  @Mutation(() => AccountLinkModel, { description: 'Nodig iemand uit (beheer); de link is een week geldig.' })
  inviteUser(@CurrentActor() actor: MaybeActor, @Args('input') input: InviteUserInput, @AskedLanguage() language: Language) {
    return this.accounts.invite(actor, input, language);
  }

  @Mutation(() => Boolean, { description: 'Stuur een herstellink als het adres een account heeft; het antwoord is altijd hetzelfde.' })
  async requestPasswordReset(@Args('email') email: string, @AskedLanguage() language: Language) {
    if (email.length <= 254) await this.accounts.requestPasswordReset(email, language);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Kies een wachtwoord met de token uit een uitnodiging of herstellink.' })
  async setPassword(@Args('token') token: string, @Args('password') password: string) {
    await this.accounts.setPasswordWithToken(token.slice(0, 200), password.slice(0, 1000));
    return true;
  }

  @Mutation(() => UserModel, { description: 'Wijzig de rol van een gebruiker (beheer).' })
  changeUserRole(@CurrentActor() actor: MaybeActor, @Args('userId', { type: () => ID }) userId: string, @Args('role', { type: () => Role }) role: Role) {
    return this.accounts.changeRole(actor, userId, role);
  }

  @Mutation(() => UserModel, { description: 'Zet een account uit (beheer); inloggen kan daarna niet meer.' })
  deactivateUser(@CurrentActor() actor: MaybeActor, @Args('userId', { type: () => ID }) userId: string) {
    return this.accounts.deactivate(actor, userId);
  }

  @Mutation(() => UserModel, { description: 'Zet een uitgezet account weer aan (beheer): met het oude wachtwoord, of als openstaande uitnodiging als er nooit een was.' })
  reactivateUser(@CurrentActor() actor: MaybeActor, @Args('userId', { type: () => ID }) userId: string) {
    return this.accounts.reactivate(actor, userId);
  }

  @Mutation(() => AccountLinkModel, { description: 'Stuur een openstaande uitnodiging opnieuw (beheer); eerdere links werken daarna niet meer.' })
  resendInvitation(@CurrentActor() actor: MaybeActor, @Args('userId', { type: () => ID }) userId: string, @AskedLanguage() language: Language) {
    return this.accounts.resendInvitation(actor, userId, language);
  }
}
