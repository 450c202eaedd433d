import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { OptionalText, OptionalTextList, RequiredText } from '@werkkennis/api-core';
import { LIMITS, MESSAGES, TermRelationKind, TermStatus, validationText } from '@werkkennis/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

const ABBREVIATION_LENGTH = 40;

@InputType()
export class TermRelationInput {
  @Field(() => TermRelationKind, { description: 'BROADER: het andere begrip is breder.' })
  @IsEnum(TermRelationKind, { message: MESSAGES.oneOf(TermRelationKind) })
  kind!: TermRelationKind;

  @Field(() => ID, { description: 'Het begrip waarnaar de relatie wijst.' })
  @IsUUID('all', { message: MESSAGES.id })
  termId!: string;
}

@InputType()
export class CreateTermInput {
  @Field({ description: 'Voorkeursterm in het Nederlands.' })
  @RequiredText(LIMITS.title)
  label!: string;

  @Field(() => String, { nullable: true, description: 'Voorkeursterm in het Engels.' })
  @OptionalText(LIMITS.title)
  labelEn?: string | null;

  @Field(() => [String], { nullable: true })
  @OptionalTextList(LIMITS.title, validationText('validation.noEmptyTerms'))
  altLabelsNl?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalTextList(LIMITS.title, validationText('validation.noEmptyTerms'))
  altLabelsEn?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalTextList(ABBREVIATION_LENGTH, validationText('validation.noEmptyAbbreviations'))
  abbreviations?: string[];

  @Field({ nullable: true, description: 'Afbakening.' })
  @OptionalText(LIMITS.shortText)
  scopeNote?: string;

  @Field({ nullable: true, description: 'Uitleg in begrijpelijke taal (B1).' })
  @OptionalText(LIMITS.shortText)
  plainExplanation?: string;

  @Field(() => TermStatus, { nullable: true, description: 'Standaard PROPOSED; alleen beheerders kiezen een andere status.' })
  @IsOptional()
  @IsEnum(TermStatus, { message: MESSAGES.oneOf(TermStatus) })
  status?: TermStatus;

  @Field(() => [String], { nullable: true, description: 'Slugs van de collecties waarin het begrip valt; vervangt de huidige.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @IsString({ each: true })
  collectionSlugs?: string[];

  @Field(() => [TermRelationInput], { nullable: true, description: 'Bredere, smallere en verwante begrippen; vervangt de huidige.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @ValidateNested({ each: true })
  @Type(() => TermRelationInput)
  relations?: TermRelationInput[];
}

@InputType()
export class UpdateTermInput extends PartialType(CreateTermInput) {}

@InputType()
export class CreateTermCollectionInput {
  @Field()
  @RequiredText(LIMITS.title)
  label!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(LIMITS.title)
  labelEn?: string | null;
}
