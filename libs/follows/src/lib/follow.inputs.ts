import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { type FacetFilterInput, FacetFiltersField } from '@werkkennis/content-search';
import { LIMITS, MESSAGES } from '@werkkennis/kernel';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FollowKind } from './follow.entity';

@InputType({ description: 'Volg een begrip, interventie of organisatie (targetId), of sla een zoekopdracht op (query en filters).' })
export class FollowInput {
  @Field(() => FollowKind)
  @IsEnum(FollowKind, { message: MESSAGES.oneOf(FollowKind) })
  kind!: FollowKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: MESSAGES.id })
  targetId?: string;

  @Field({ nullable: true, description: 'Bij een zoekopdracht: de zoekvraag (mag leeg, met filters).' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  query?: string;

  @FacetFiltersField()
  filters?: FacetFilterInput[];
}

@ArgsType()
export class FollowIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  id!: string;
}
