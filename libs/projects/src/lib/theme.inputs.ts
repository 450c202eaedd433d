import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotBlank } from '@werkkennis/api-core';
import { LIMITS, MESSAGES } from '@werkkennis/kernel';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class CreateThemeArgs {
  @Field()
  @IsString()
  @IsNotBlank({ message: MESSAGES.required })
  @MaxLength(LIMITS.title, { message: MESSAGES.tooLong(LIMITS.title) })
  name!: string;
}

@ArgsType()
export class RenameThemeArgs extends CreateThemeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MESSAGES.id })
  id!: string;
}
