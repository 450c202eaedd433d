import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SluggedModel } from '@werkkennis/api-core';
import { EditorialState, ProjectStatus, TargetGroup } from '@werkkennis/kernel';

registerEnumType(ProjectStatus, { name: 'ProjectStatus', description: 'Voortgang: gepland, opstart, lopend, afgerond, gestopt.' });
registerEnumType(EditorialState, { name: 'EditorialState', description: 'Redactionele staat: concept, gepubliceerd, gearchiveerd.' });

@ObjectType('Project', { description: 'Een project van een organisatie in het lerend netwerk, met zijn resultaten.' })
export class ProjectModel extends SluggedModel {
  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Aanleiding.' })
  reason!: string;

  @Field({ description: 'Achtergrond.' })
  background!: string;

  @Field({ description: 'Doel.' })
  goal!: string;

  @Field({ description: 'Verwachte resultaten.' })
  expectedResults!: string;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => Int, { nullable: true })
  durationMonths!: number | null;

  @Field(() => [String], { description: 'Projectleiders.' })
  leads!: string[];

  @Field(() => [String], { description: 'Subsidieverstrekkers en financiers.' })
  funders!: string[];

  @Field(() => [String])
  themes!: string[];

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => EditorialState)
  state!: EditorialState;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
