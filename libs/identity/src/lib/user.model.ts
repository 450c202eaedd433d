import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@werkkennis/kernel';
import { AccountStatus } from './account-status';

registerEnumType(Role, { name: 'Role', description: 'Rol van een gebruiker op het platform.' });
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Stand van een account.',
  valuesMap: {
    INVITED: { description: 'Uitgenodigd; de uitnodiging is nog niet aangenomen.' },
    ACTIVE: { description: 'Actief: kan inloggen.' },
    DEACTIVATED: { description: 'Uitgezet door een beheerder; kan weer aangezet worden.' },
  },
});

@ObjectType('User', { description: 'Een gebruiker, zoals hij zichzelf ziet (met e-mailadres en rol).' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'Uitgezette accounts en openstaande uitnodigingen zijn niet actief.' })
  active!: boolean;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Author', { description: 'De auteur van een definitie of annotatie: alleen naam en organisatie zijn openbaar.' })
export class AuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Stuur mee als `Authorization: Bearer <token>`; geldig tot expiresAt.' })
  token!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Eenmalig te ruilen voor nieuwe tokens met refreshSession, tot refreshExpiresAt. Leeg als de sessie in de HttpOnly-cookie zit (refreshSession zonder argument), zodat geen script hem kan lezen.',
  })
  refreshToken!: string | null;

  @Field(() => GraphQLISODateTime)
  refreshExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
