import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { DefinitionRelationKind, LIMITS, MESSAGES, Perspective, validationText } from '@werkkennis/kernel';
import { IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';

const SOURCE_URL_LENGTH = 500;
const EARLIEST_SOURCE_YEAR = 1800;
const LATEST_SOURCE_YEAR = 2100;

/** The source apart from who enters it: title, publisher (an organisation on Werkkennis or an outside party), year. */
@InputType({ isAbstract: true })
class SourceCreditInput {
  @Field(() => String, { nullable: true, description: 'De titel van de bron, bijvoorbeeld een rapport of beleidsnotitie.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  sourceTitle?: string;

  @Field(() => String, { nullable: true, description: 'Wie de bron uitgaf, als die niet op Werkkennis staat (anders organizationId), of zoals de bron zich noemt.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  sourcePublisher?: string;

  @Field(() => Int, { nullable: true, description: 'Het jaar van de bron; null haalt het weg.' })
  @IsOptional()
  @IsInt({ message: MESSAGES.wholeNumber })
  @Min(EARLIEST_SOURCE_YEAR, { message: MESSAGES.wholeNumber })
  @Max(LATEST_SOURCE_YEAR, { message: MESSAGES.wholeNumber })
  sourceYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'De organisatie op Werkkennis die de bron uitgaf; niet die van wie de definitie invoert. null: geen.' })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  organizationId?: string | null;
}

@InputType()
export class AddDefinitionInput extends SourceCreditInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  termId!: string;

  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  text!: string;

  @Field(() => Perspective)
  @IsEnum(Perspective, { message: MESSAGES.oneOf(Perspective) })
  perspective!: Perspective;

  @Field({ nullable: true, description: 'Bronvermelding in één regel ("Titel, uitgever, jaar"); alleen gelezen zonder sourceTitle, sourcePublisher en sourceYear.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  source?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: MESSAGES.url })
  @MaxLength(SOURCE_URL_LENGTH, { message: MESSAGES.tooLong(SOURCE_URL_LENGTH) })
  sourceUrl?: string;
}

@InputType({ description: 'Wat u weglaat, blijft zoals het was; elke wijziging wordt een nieuwe versie.' })
export class UpdateDefinitionInput extends SourceCreditInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  text?: string;

  @Field({ nullable: true, description: 'Bronvermelding in één regel; alleen gelezen zonder sourceTitle, sourcePublisher en sourceYear.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  source?: string;

  @Field(() => String, { nullable: true, description: 'null haalt de link weg.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: MESSAGES.url })
  @MaxLength(SOURCE_URL_LENGTH, { message: MESSAGES.tooLong(SOURCE_URL_LENGTH) })
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom u de definitie herziet; lezers zien het bij deze versie in de versiegeschiedenis.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.listItem, { message: MESSAGES.tooLong(LIMITS.listItem) })
  changeNote?: string | null;
}

@InputType()
export class RelateDefinitionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  fromDefinitionId!: string;

  @Field(() => DefinitionRelationKind, { description: 'Hoe de eerste definitie zich verhoudt tot de tweede.' })
  @IsEnum(DefinitionRelationKind, { message: MESSAGES.oneOf(DefinitionRelationKind) })
  kind!: DefinitionRelationKind;

  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  toDefinitionId!: string;

  @Field({ description: 'Waarom u dit vaststelt; anderen lezen het bij de vergelijking.' })
  @IsString()
  @IsNotBlank({ message: validationText('validation.relationReason') })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  reason!: string;
}
