import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { LIMITS, MESSAGES, Perspective } from '@werkkennis/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { SessionKind } from './session.entity';

@InputType()
export class SessionParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  organizationId!: string;

  @Field(() => Perspective, { description: 'Het perspectief dat de organisatie inbracht.' })
  @IsEnum(Perspective, { message: MESSAGES.oneOf(Perspective) })
  perspective!: Perspective;

  @Field({ nullable: true, description: 'Wat de organisatie inbracht.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  contribution?: string;
}

/** A list of ids of vocabulary work that came out of the session. */
const WorkIds = (description: string) =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) }),
    IsUUID('all', { each: true, message: MESSAGES.id }),
  );

@InputType()
export class SessionAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  termId!: string;

  @Field({ nullable: true, description: 'Waar de perspectieven elkaar vinden.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  meetingPoints?: string;

  @Field({ nullable: true, description: 'Waar de perspectieven nog verschillen.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  differences?: string;

  @Field({ nullable: true, description: 'Afgesproken vervolg.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  followUp?: string;

  @WorkIds('Definities van dit begrip die uit de bijeenkomst voortkwamen.')
  definitionIds?: string[];

  @WorkIds('Relaties tussen definities van dit begrip die uit de bijeenkomst voortkwamen.')
  relationIds?: string[];

  @WorkIds('Annotaties bij definities van dit begrip die uit de bijeenkomst voortkwamen.')
  annotationIds?: string[];
}

@InputType()
export class RecordSessionInput {
  @Field(() => SessionKind)
  @IsEnum(SessionKind, { message: MESSAGES.oneOf(SessionKind) })
  kind!: SessionKind;

  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  title!: string;

  @Field({ description: 'De dag van de bijeenkomst (JJJJ-MM-DD).' })
  @IsISO8601({ strict: true }, { message: MESSAGES.date })
  heldOn!: string;

  @Field(() => ID, { description: 'De organisatie die de bijeenkomst organiseerde.' })
  @IsUUID('all', { message: MESSAGES.id })
  organiserId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.longText, { message: MESSAGES.tooLong(LIMITS.longText) })
  summary?: string;

  @Field(() => [SessionParticipantInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @ValidateNested({ each: true })
  @Type(() => SessionParticipantInput)
  participants?: SessionParticipantInput[];

  @Field(() => [SessionAgendaItemInput], { nullable: true, description: 'De besproken begrippen, in volgorde.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) })
  @ValidateNested({ each: true })
  @Type(() => SessionAgendaItemInput)
  agenda?: SessionAgendaItemInput[];
}

@InputType({ description: 'Alleen de velden die veranderen; deelnemers en agenda worden als geheel vervangen.' })
export class UpdateSessionInput extends PartialType(RecordSessionInput) {}
