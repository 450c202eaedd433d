import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WouldUseAgain } from './practice-experience.entity';

registerEnumType(WouldUseAgain, { name: 'WouldUseAgain', description: 'Zou de professional de interventie opnieuw gebruiken: ja, nee, het hangt ervan af.' });

@ObjectType('PracticeExperience', {
  description: 'Praktijkervaring met een interventie: wat een professional zag, naast het bewijs en er geen deel van.',
})
export class PracticeExperienceModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Context: de organisatie waar de professional de interventie gebruikte.' })
  organizationName!: string;

  @Field({ description: 'Context: de doelgroep waarmee.' })
  targetGroup!: string;

  @Field()
  whatWorked!: string;

  @Field()
  whatDidNotWork!: string;

  @Field(() => WouldUseAgain)
  wouldUseAgain!: WouldUseAgain;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'De ene reactie van de ontwikkelaars van de interventie.' })
  response!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Verborgen door een beheerder; alleen beheerders zien verborgen ervaringen.' })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true })
  hiddenReason!: string | null;
}
