import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { OptionalEnumList, OptionalText, OptionalTextList, RequiredText } from '@werkkennis/api-core';
import { Determinant, EvidenceLevel, LIMITS, MESSAGES, TargetGroup, Track } from '@werkkennis/kernel';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CreateInterventionInput {
  @Field()
  @RequiredText(LIMITS.title)
  name!: string;

  @Field()
  @RequiredText(LIMITS.shortText)
  summary!: string;

  @Field({ description: 'Wat: wat de professional precies doet.' })
  @RequiredText(LIMITS.longText)
  whatYouDo!: string;

  @Field({ description: 'Bejegening: hoe de professional dat doet.' })
  @RequiredText(LIMITS.longText)
  howYouDoIt!: string;

  @Field({ description: 'Effect: wat je ziet gebeuren.' })
  @RequiredText(LIMITS.longText)
  effect!: string;

  @Field(() => [Determinant], { nullable: true })
  @OptionalEnumList(Determinant)
  determinants?: Determinant[];

  @Field(() => [TargetGroup], { nullable: true })
  @OptionalEnumList(TargetGroup)
  targetGroups?: TargetGroup[];

  @Field(() => [Track], { nullable: true })
  @OptionalEnumList(Track)
  tracks?: Track[];

  @Field(() => EvidenceLevel, { nullable: true, description: 'Standaard: goed beschreven.' })
  @IsOptional()
  @IsEnum(EvidenceLevel, { message: MESSAGES.oneOf(EvidenceLevel) })
  evidenceLevel?: EvidenceLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: MESSAGES.date })
  evidenceRatedOn?: string | null;

  @Field({ nullable: true })
  @OptionalText(LIMITS.shortText)
  evidenceRationale?: string;

  @Field(() => [String], { nullable: true, description: 'Werkzame elementen.' })
  @OptionalTextList(LIMITS.listItem)
  workingElements?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalTextList(LIMITS.listItem)
  sources?: string[];

  @Field({ nullable: true, description: 'Praktisch: hoe lang en hoe vaak.' })
  @OptionalText(LIMITS.listItem)
  durationAndIntensity?: string;

  @Field({ nullable: true, description: 'Praktisch: wat het kost en wie betaalt.' })
  @OptionalText(LIMITS.listItem)
  costs?: string;

  @Field({ nullable: true, description: 'Praktisch: wie de interventie aanbiedt of uitvoert.' })
  @OptionalText(LIMITS.title)
  provider?: string;

  @Field({ nullable: true, description: 'Praktisch: hoe u de aanbieder bereikt.' })
  @OptionalText(LIMITS.title)
  contact?: string;

  @Field({ nullable: true, description: 'Praktisch: welke training of licentie de uitvoering vraagt.' })
  @OptionalText(LIMITS.listItem)
  trainingOrLicence?: string;

  @Field(() => [String], { nullable: true, description: 'Praktisch: handleidingen en materialen.' })
  @OptionalTextList(LIMITS.listItem)
  materials?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisaties die de interventie ontwikkelden; standaard uw eigen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsUUID('all', { each: true, message: MESSAGES.id })
  developerOrganizationIds?: string[];
}

@InputType()
export class UpdateInterventionInput extends PartialType(CreateInterventionInput) {}
