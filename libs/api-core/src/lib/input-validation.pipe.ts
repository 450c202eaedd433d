import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldErrors, fromValidationText } from '@werkkennis/kernel';

function collect(errors: ValidationError[], prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints).map((text) => fromValidationText(text) ?? text);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** Validates every GraphQL input class and refuses bad input field by field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: false,
  exceptionFactory: (errors) => DomainError.invalidInput(collect(errors)),
});
