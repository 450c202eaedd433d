import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { EffectDirection, FindingKind, FindingOutcome, LIMITS, MESSAGES, StudyDesign, validationText } from '@werkkennis/kernel';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class AddFindingInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  projectId!: string;

  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  title!: string;

  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.longText, { message: MESSAGES.tooLong(LIMITS.longText) })
  summary!: string;

  @Field(() => FindingKind, { nullable: true, description: 'Standaard: effect.' })
  @IsOptional()
  @IsEnum(FindingKind, { message: MESSAGES.oneOf(FindingKind) })
  kind?: FindingKind;

  @Field(() => FindingOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(FindingOutcome, { message: MESSAGES.oneOf(FindingOutcome) })
  outcome?: FindingOutcome;

  @Field({ nullable: true, description: 'Populatie of subgroep.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  population?: string;

  @Field(() => StudyDesign, { nullable: true })
  @IsOptional()
  @IsEnum(StudyDesign, { message: MESSAGES.oneOf(StudyDesign) })
  design?: StudyDesign;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: validationText('validation.sampleWhole') })
  @Min(1, { message: validationText('validation.sampleMin') })
  @Max(100_000_000)
  sampleSize?: number;

  @Field(() => EffectDirection, { nullable: true })
  @IsOptional()
  @IsEnum(EffectDirection, { message: MESSAGES.oneOf(EffectDirection) })
  effectDirection?: EffectDirection;

  @Field({ nullable: true, description: 'Effectgrootte in woorden of cijfers, bijvoorbeeld "OR 1,4".' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  effectSize?: string;

  @Field(() => [String], { nullable: true, description: 'Links naar rapporten of publicaties.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true, message: MESSAGES.url })
  documentLinks?: string[];
}
