import { DomainError } from './domain-error';
import { asValidationText, message } from './messages';

/** Length limits shared by validation and the database columns. */
export const LIMITS = {
  title: 200,
  shortText: 2_000,
  longText: 20_000,
  listItems: 50,
  listItem: 500,
} as const;

/** Validation messages from the catalogue, as the validation decorators take them. */
export const MESSAGES = {
  required: asValidationText(message('validation.required')),
  tooLong: (max: number) => asValidationText(message('validation.tooLong', { max })),
  tooMany: (max: number) => asValidationText(message('validation.tooMany', { max })),
  oneOf: (values: object) => asValidationText(message('validation.oneOf', { values: Object.values(values).join(', ') })),
  date: asValidationText(message('validation.date')),
  url: asValidationText(message('validation.url')),
  id: asValidationText(message('validation.id')),
  email: asValidationText(message('validation.email')),
  wholeNumber: asValidationText(message('validation.wholeNumber')),
  atLeast: (min: number) => asValidationText(message('validation.atLeast', { min })),
  atMost: (max: number) => asValidationText(message('validation.atMost', { max })),
  noEmptyItems: asValidationText(message('validation.noEmptyItems')),
} as const;

/** Update inputs are partial; a required field may be left out, but not emptied with null. */
export function refuseNulls<T extends object>(input: T, required: readonly (keyof T & string)[]): void {
  const nulled = required.filter((field) => input[field] === null);
  if (nulled.length) {
    throw DomainError.invalidInput(Object.fromEntries(nulled.map((field) => [field, [message('validation.required')]])));
  }
}
