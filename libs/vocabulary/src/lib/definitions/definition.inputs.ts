import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { DefinitionRelationKind, LIMITS, MESSAGES, Perspective, validationText } from '@werkkennis/kernel';
import { IsEnum, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';

const SOURCE_URL_LENGTH = 500;

@InputType()
export class AddDefinitionInput {
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

  @Field({ nullable: true, description: 'Bronvermelding, bijvoorbeeld een rapport of beleidsnotitie.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  source?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: MESSAGES.url })
  @MaxLength(SOURCE_URL_LENGTH, { message: MESSAGES.tooLong(SOURCE_URL_LENGTH) })
  sourceUrl?: string;

  @Field(() => ID, { nullable: true, description: 'De organisatie achter dit perspectief; standaard uw eigen.' })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  organizationId?: string;
}

@InputType({ description: 'Wat u weglaat, blijft zoals het was; elke wijziging wordt een nieuwe versie.' })
export class UpdateDefinitionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  text?: string;

  @Field({ nullable: true })
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
