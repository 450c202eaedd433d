import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Like IsNotEmpty, but text of only spaces, tabs or line breaks counts as empty too. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNotBlank', validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0 } }, options);
}
