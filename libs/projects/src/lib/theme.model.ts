import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Theme', { description: 'Een thema uit de beheerde lijst waaronder projecten vallen.' })
export class ThemeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Uit gebruik genomen: blijft bij bestaande projecten staan, maar is niet meer te kiezen.' })
  retiredAt!: Date | null;
}
