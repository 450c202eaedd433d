import { DomainError } from './domain-error';

/** Length limits shared by validation and the database columns. */
export const LIMITS = {
  title: 200,
  shortText: 2_000,
  longText: 20_000,
  listItems: 50,
  listItem: 500,
} as const;

/** Dutch validation messages, so every refusal tells the person what to change. */
export const MESSAGES = {
  required: 'Dit veld is verplicht.',
  tooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
  tooMany: (max: number) => `Geef hoogstens ${max} waarden.`,
  oneOf: (values: object) => `Kies een van: ${Object.values(values).join(', ')}.`,
  date: 'Gebruik een datum als JJJJ-MM-DD.',
  url: 'Gebruik een volledig webadres dat begint met https://.',
} as const;

/** Update inputs are partial; a required field may be left out, but not emptied with null. */
export function refuseNulls<T extends object>(input: T, required: readonly (keyof T & string)[]): void {
  const nulled = required.filter((field) => input[field] === null);
  if (nulled.length) {
    throw DomainError.invalidInput(Object.fromEntries(nulled.map((field) => [field, [MESSAGES.required]])));
  }
}
