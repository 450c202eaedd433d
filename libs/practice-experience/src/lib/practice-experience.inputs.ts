import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { LIMITS, MESSAGES, validationText } from '@werkkennis/kernel';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { WouldUseAgain } from './practice-experience.entity';

const Text = (max: number) => applyDecorators(IsString(), IsNotBlank({ message: MESSAGES.required }), MaxLength(max, { message: MESSAGES.tooLong(max) }));

@InputType({ description: 'Een praktijkervaring: de context, wat werkte, wat niet, en of u de interventie opnieuw zou gebruiken.' })
export class AddPracticeExperienceInput {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  interventionId!: string;

  @Field({ description: 'De organisatie waar u de interventie gebruikte.' })
  @Text(LIMITS.title)
  organizationName!: string;

  @Field({ description: 'De doelgroep waarmee u haar gebruikte.' })
  @Text(LIMITS.title)
  targetGroup!: string;

  @Field()
  @Text(LIMITS.shortText)
  whatWorked!: string;

  @Field()
  @Text(LIMITS.shortText)
  whatDidNotWork!: string;

  @Field(() => WouldUseAgain)
  @IsEnum(WouldUseAgain, { message: MESSAGES.oneOf(WouldUseAgain) })
  wouldUseAgain!: WouldUseAgain;
}

@ArgsType()
export class RespondToPracticeExperienceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  id!: string;

  @Field({ description: 'De reactie van de ontwikkelaars; één per ervaring.' })
  @Text(LIMITS.shortText)
  response!: string;
}

@ArgsType()
export class HidePracticeExperienceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  id!: string;

  @Field({ description: 'Waarom de ervaring verborgen wordt; blijft in de geschiedenis.' })
  @IsString({ message: validationText('validation.hidingReason') })
  @IsNotBlank({ message: validationText('validation.hidingReason') })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  reason!: string;
}
