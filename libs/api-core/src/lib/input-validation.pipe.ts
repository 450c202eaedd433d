import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldErrors, fromValidationText, message } from '@werkkennis/kernel';

function collect(errors: ValidationError[], prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    // A check without a catalogue message (the GraphQL types usually refuse such input first) says so in general terms.
    if (error.constraints) into[path] = Object.values(error.constraints).map((text) => fromValidationText(text) ?? message('validation.wrongForm'));
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
