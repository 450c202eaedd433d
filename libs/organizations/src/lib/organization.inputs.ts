import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { LIMITS, MESSAGES, OrganizationKind } from '@werkkennis/kernel';
import { IsEnum, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

const REGION_LENGTH = 100;
const WEBSITE_LENGTH = 300;

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  name!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind, { message: MESSAGES.oneOf(OrganizationKind) })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Gemeente, provincie of arbeidsmarktregio.' })
  @IsOptional()
  @IsString()
  @MaxLength(REGION_LENGTH, { message: MESSAGES.tooLong(REGION_LENGTH) })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Volledig webadres, https://…' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: MESSAGES.url })
  @MaxLength(WEBSITE_LENGTH, { message: MESSAGES.tooLong(WEBSITE_LENGTH) })
  website?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput) {}
