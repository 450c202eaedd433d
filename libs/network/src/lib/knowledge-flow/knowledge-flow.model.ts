import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InterventionModel } from '@werkkennis/interventions';
import { OrganizationKind } from '@werkkennis/kernel';
import { LearningNetworkModel, OrganizationModel } from '@werkkennis/organizations';

@ObjectType('NetworkMembersOfKind', { description: 'De leden van één soort, op naam.' })
export class MembersOfKindModel {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => [OrganizationModel])
  organizations!: OrganizationModel[];
}

@ObjectType('KnowledgeFlowLink', { description: 'Interventies van één ontwikkelaar, gebruikt in gepubliceerde projecten van een andere organisatie (penvoerder).' })
export class FlowLinkModel {
  @Field(() => OrganizationModel)
  developer!: OrganizationModel;

  @Field(() => OrganizationModel)
  user!: OrganizationModel;

  @Field(() => Int, { description: 'Aantal keer dat een interventie van de ontwikkelaar in een project van de gebruiker staat.' })
  uses!: number;

  @Field(() => [InterventionModel], { description: 'De gebruikte interventies, op naam.' })
  interventions!: InterventionModel[];
}

@ObjectType('KnowledgeFlowYear', { description: 'Gebruik over organisaties heen in één jaar (startjaar van het project).' })
export class FlowYearModel {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  uses!: number;

  @Field(() => Int, { description: 'Aantal verschillende paren ontwikkelaar–gebruiker.' })
  pairs!: number;
}

@ObjectType('KnowledgeFlow', { description: 'Kennis die door het netwerk stroomt: wie ontwikkelt, wie gebruikt, en hoe dat groeit.' })
export class KnowledgeFlowModel {
  @Field(() => LearningNetworkModel, { nullable: true, description: 'Het lerend netwerk; leeg voor alle organisaties op het platform.' })
  network!: LearningNetworkModel | null;

  @Field(() => [MembersOfKindModel], { description: 'De leden per soort organisatie.' })
  membersByKind!: MembersOfKindModel[];

  @Field(() => [FlowLinkModel], { description: 'Per paar ontwikkelaar–gebruiker, het meeste gebruik eerst.' })
  links!: FlowLinkModel[];

  @Field(() => [FlowYearModel], { description: 'Gebruik over organisaties heen per jaar, oudste eerst.' })
  years!: FlowYearModel[];
}
