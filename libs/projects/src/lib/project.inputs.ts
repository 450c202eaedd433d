import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { OptionalEnumList, OptionalText, OptionalTextList, RequiredText } from '@werkkennis/api-core';
import { LIMITS, MESSAGES, ProjectStatus, TargetGroup, validationText } from '@werkkennis/kernel';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class CreateProjectInput {
  @Field()
  @RequiredText(LIMITS.title)
  title!: string;

  @Field()
  @RequiredText(LIMITS.shortText)
  summary!: string;

  @Field({ nullable: true, description: 'Aanleiding.' })
  @OptionalText(LIMITS.longText)
  reason?: string;

  @Field({ nullable: true, description: 'Achtergrond.' })
  @OptionalText(LIMITS.longText)
  background?: string;

  @Field({ nullable: true, description: 'Doel.' })
  @OptionalText(LIMITS.longText)
  goal?: string;

  @Field({ nullable: true, description: 'Verwachte resultaten.' })
  @OptionalText(LIMITS.longText)
  expectedResults?: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'Standaard: gepland.' })
  @IsOptional()
  @IsEnum(ProjectStatus, { message: MESSAGES.oneOf(ProjectStatus) })
  status?: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Startdatum, JJJJ-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: MESSAGES.date })
  startDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Looptijd in maanden.' })
  @IsOptional()
  @IsInt({ message: validationText('validation.durationWhole') })
  @Min(1, { message: validationText('validation.durationMin') })
  @Max(240, { message: validationText('validation.durationMax', { max: 240 }) })
  durationMonths?: number | null;

  @Field(() => [String], { nullable: true, description: 'Projectleiders.' })
  @OptionalTextList(LIMITS.title)
  leads?: string[];

  @Field(() => [String], { nullable: true, description: 'Subsidieverstrekkers (ZonMw, AKC, EU, NWA, …).' })
  @OptionalTextList(LIMITS.title)
  funders?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalTextList(LIMITS.title)
  themes?: string[];

  @Field(() => [TargetGroup], { nullable: true })
  @OptionalEnumList(TargetGroup)
  targetGroups?: TargetGroup[];

  @Field(() => [ID], { nullable: true, description: 'Interventies die het project inzet.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsUUID('all', { each: true, message: MESSAGES.id })
  interventionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partnerorganisaties naast de penvoerder.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsUUID('all', { each: true, message: MESSAGES.id })
  partnerOrganizationIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Het lerend netwerk waarin het project loopt.' })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  networkId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Penvoerende organisatie; alleen beheerders kiezen die, redacteuren schrijven voor hun eigen organisatie.',
  })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  organizationId?: string;
}

@InputType()
export class UpdateProjectInput extends PartialType(OmitType(CreateProjectInput, ['organizationId'] as const)) {}
