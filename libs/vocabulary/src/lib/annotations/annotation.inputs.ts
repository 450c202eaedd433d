import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { AnnotationMotivation, LIMITS, MESSAGES, validationText } from '@werkkennis/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

const MAX_REFERENCES = 20;

@InputType({ description: 'Citeer een stuk van de definitie (W3C TextQuoteSelector); prefix en suffix vult de server aan.' })
export class TextQuoteInput {
  @Field({ description: 'De geciteerde woorden, letterlijk uit de huidige versie.' })
  @IsString()
  @IsNotBlank({ message: validationText('validation.quoteAtLeastOneWord') })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  exact!: string;

  @Field({ nullable: true, description: 'De tekst vlak vóór het citaat, als de woorden vaker voorkomen.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  prefix?: string;

  @Field({ nullable: true, description: 'De tekst vlak na het citaat.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  suffix?: string;

  @Field(() => Int, { nullable: true, description: 'Waar het citaat ongeveer begint (in UTF-16-tekens), als de woorden vaker voorkomen.' })
  @IsOptional()
  @IsInt({ message: MESSAGES.wholeNumber })
  @Min(0, { message: MESSAGES.wholeNumber })
  start?: number;
}

@InputType()
export class AnnotateDefinitionInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  definitionId!: string;

  @Field(() => AnnotationMotivation)
  @IsEnum(AnnotationMotivation, { message: MESSAGES.oneOf(AnnotationMotivation) })
  motivation!: AnnotationMotivation;

  @Field({ description: 'Markdown.' })
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Webadressen van bronnen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REFERENCES, { message: MESSAGES.tooMany(MAX_REFERENCES) })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true, message: MESSAGES.url })
  references?: string[];

  @Field(() => TextQuoteInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TextQuoteInput)
  quote?: TextQuoteInput;

  @Field(() => ID, { nullable: true, description: 'De annotatie waarop dit een antwoord is (in een draad).' })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  replyToId?: string;
}

@InputType()
export class UpdateAnnotationInput extends PartialType(OmitType(AnnotateDefinitionInput, ['definitionId', 'quote', 'replyToId'] as const)) {}
