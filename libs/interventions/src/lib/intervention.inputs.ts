import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { Determinant, EvidenceLevel, LIMITS, MESSAGES, TargetGroup, Track } from '@werkkennis/kernel';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@InputType()
export class CreateInterventionInput {
  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  name!: string;

  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  summary!: string;

  @Field({ description: 'Wat: wat de professional precies doet.' })
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.longText, { message: MESSAGES.tooLong(LIMITS.longText) })
  whatYouDo!: string;

  @Field({ description: 'Bejegening: hoe de professional dat doet.' })
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.longText, { message: MESSAGES.tooLong(LIMITS.longText) })
  howYouDoIt!: string;

  @Field({ description: 'Effect: wat je ziet gebeuren.' })
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.longText, { message: MESSAGES.tooLong(LIMITS.longText) })
  effect!: string;

  @Field(() => [Determinant], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Determinant, { each: true, message: MESSAGES.oneOf(Determinant) })
  determinants?: Determinant[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(TargetGroup, { each: true, message: MESSAGES.oneOf(TargetGroup) })
  targetGroups?: TargetGroup[];

  @Field(() => [Track], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Track, { each: true, message: MESSAGES.oneOf(Track) })
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
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  evidenceRationale?: string;

  @Field(() => [String], { nullable: true, description: 'Werkzame elementen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsString({ each: true })
  @MaxLength(LIMITS.listItem, { each: true, message: MESSAGES.tooLong(LIMITS.listItem) })
  workingElements?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsString({ each: true })
  @MaxLength(LIMITS.listItem, { each: true, message: MESSAGES.tooLong(LIMITS.listItem) })
  sources?: string[];

  @Field({ nullable: true, description: 'Praktisch: hoe lang en hoe vaak.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  durationAndIntensity?: string;

  @Field({ nullable: true, description: 'Praktisch: wat het kost en wie betaalt.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  costs?: string;

  @Field({ nullable: true, description: 'Praktisch: wie de interventie aanbiedt of uitvoert.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  provider?: string;

  @Field({ nullable: true, description: 'Praktisch: hoe u de aanbieder bereikt.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  contact?: string;

  @Field({ nullable: true, description: 'Praktisch: welke training of licentie de uitvoering vraagt.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  trainingOrLicence?: string;

  @Field(() => [String], { nullable: true, description: 'Praktisch: handleidingen en materialen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsString({ each: true })
  @MaxLength(LIMITS.listItem, { each: true, message: MESSAGES.tooLong(LIMITS.listItem) })
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
