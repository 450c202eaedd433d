import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NamedModel } from '@werkkennis/api-core';
import { OrganizationKind } from '@werkkennis/kernel';

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'Soort organisatie.' });

@ObjectType('Organization', { description: 'Een gemeente, UWV, ministerie, onderwijs- of kennisinstelling of andere partij.' })
export class OrganizationModel extends NamedModel {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@ObjectType('LearningNetwork', { description: 'Een lerend netwerk van organisaties rond één centrale vraag.' })
export class LearningNetworkModel extends NamedModel {
  @Field()
  centralQuestion!: string;

  @Field()
  description!: string;

  @Field()
  startDate!: string;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => [String])
  funders!: string[];
}
