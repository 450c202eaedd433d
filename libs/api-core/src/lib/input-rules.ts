import { LIMITS, MESSAGES } from '@werkkennis/kernel';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from './is-not-blank';

/**
 * The rules most input fields share, each under one name so that every form refuses the same way.
 * Decorators apply bottom-up; these apply theirs in the order the written-out stacks did, so the
 * field errors keep their order.
 */
function rules(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [...decorators].reverse()) decorate(target, property);
  };
}

/** Text that must be given, not blank, at most `limit` characters. */
export const RequiredText = (limit: number) =>
  rules(IsString(), IsNotBlank({ message: MESSAGES.required }), MaxLength(limit, { message: MESSAGES.tooLong(limit) }));

/** Text that may be left out, at most `limit` characters. */
export const OptionalText = (limit: number) =>
  rules(IsOptional(), IsString(), MaxLength(limit, { message: MESSAGES.tooLong(limit) }));

/**
 * A list of short texts that may be left out: at most LIMITS.listItems, each at most `itemLimit`.
 * With `blankItem`, a blank item is refused with that message instead of kept.
 */
export const OptionalTextList = (itemLimit: number = LIMITS.listItem, blankItem?: string) =>
  rules(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIMITS.listItems, { message: MESSAGES.tooMany(LIMITS.listItems) }),
    blankItem ? IsNotBlank({ each: true, message: blankItem }) : IsString({ each: true }),
    MaxLength(itemLimit, { each: true, message: MESSAGES.tooLong(itemLimit) }),
  );

/** A list of values of one enum that may be left out. */
export const OptionalEnumList = (values: object) =>
  rules(IsOptional(), IsArray(), IsEnum(values, { each: true, message: MESSAGES.oneOf(values) }));
