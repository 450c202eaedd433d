import { Field, ID, InputType } from '@nestjs/graphql';
import { AnnotationMotivation, LIMITS, MESSAGES, Perspective } from '@werkkennis/kernel';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AddDefinitionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Gebruik het id van een bestaand begrip.' })
  termId!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: MESSAGES.required })
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
  @MaxLength(500, { message: MESSAGES.tooLong(500) })
  sourceUrl?: string;

  @Field(() => ID, { nullable: true, description: 'De organisatie achter dit perspectief; standaard uw eigen.' })
  @IsOptional()
  @IsUUID('all', { message: 'Gebruik het id van een organisatie.' })
  organizationId?: string;
}

@InputType()
export class AnnotateDefinitionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Gebruik het id van een bestaande definitie.' })
  definitionId!: string;

  @Field(() => AnnotationMotivation)
  @IsEnum(AnnotationMotivation, { message: MESSAGES.oneOf(AnnotationMotivation) })
  motivation!: AnnotationMotivation;

  @Field()
  @IsString()
  @IsNotEmpty({ message: MESSAGES.required })
  @MaxLength(LIMITS.shortText, { message: MESSAGES.tooLong(LIMITS.shortText) })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Webadressen van bronnen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: MESSAGES.tooMany(20) })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true, message: MESSAGES.url })
  references?: string[];
}
