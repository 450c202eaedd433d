import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsNotBlank, OptionalText, RequiredText } from '@werkkennis/api-core';
import { EffectDirection, FindingKind, FindingOutcome, LIMITS, MESSAGES, StudyDesign, validationText } from '@werkkennis/kernel';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** What a finding says; added whole, corrected in part. */
@InputType({ isAbstract: true })
class FindingContentInput {
  @Field()
  @RequiredText(LIMITS.title)
  title!: string;

  @Field()
  @RequiredText(LIMITS.longText)
  summary!: string;

  @Field(() => FindingKind, { nullable: true, description: 'Bij toevoegen standaard EFFECT.' })
  @IsOptional()
  @IsEnum(FindingKind, { message: MESSAGES.oneOf(FindingKind) })
  kind?: FindingKind;

  @Field(() => FindingOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(FindingOutcome, { message: MESSAGES.oneOf(FindingOutcome) })
  outcome?: FindingOutcome;

  @Field({ nullable: true, description: 'Populatie of subgroep.' })
  @OptionalText(LIMITS.shortText)
  population?: string;

  @Field(() => StudyDesign, { nullable: true })
  @IsOptional()
  @IsEnum(StudyDesign, { message: MESSAGES.oneOf(StudyDesign) })
  design?: StudyDesign;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: validationText('validation.sampleWhole') })
  @Min(1, { message: validationText('validation.sampleMin') })
  @Max(100_000_000, { message: MESSAGES.atMost(100_000_000) })
  sampleSize?: number;

  @Field(() => EffectDirection, { nullable: true })
  @IsOptional()
  @IsEnum(EffectDirection, { message: MESSAGES.oneOf(EffectDirection) })
  effectDirection?: EffectDirection;

  @Field({ nullable: true, description: 'Effectgrootte in woorden of cijfers, bijvoorbeeld "OR 1,4".' })
  @OptionalText(LIMITS.title)
  effectSize?: string;

  @Field(() => [String], { nullable: true, description: 'Links naar rapporten of publicaties.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true, message: MESSAGES.url })
  documentLinks?: string[];
}

@InputType()
export class AddFindingInput extends FindingContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  projectId!: string;
}

/** A reason readers will see: required, and not just spaces. */
const Reason = (key: 'validation.correctionReason' | 'validation.withdrawalReason') =>
  applyDecorators(
    IsString({ message: validationText(key) }),
    IsNotBlank({ message: validationText(key) }),
    MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) }),
  );

@InputType({ description: 'Een correctie: alleen de velden die veranderen, en waarom. Lezers zien de reden en de datum.' })
export class CorrectFindingInput extends PartialType(FindingContentInput) {
  @Field({ description: 'Waarom het resultaat is gecorrigeerd; verschijnt openbaar bij het resultaat.' })
  @Reason('validation.correctionReason')
  reason!: string;
}

@ArgsType()
export class WithdrawFindingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  id!: string;

  @Field({ description: 'Waarom het resultaat is ingetrokken; verschijnt openbaar bij het resultaat.' })
  @Reason('validation.withdrawalReason')
  reason!: string;
}
