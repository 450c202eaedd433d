/**
 * The closed set of ways a domain operation can be refused. The API maps each code to a
 * GraphQL error code; the message is written for the person who has to act on it.
 */
export enum DomainErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
}

/** Field name → what is wrong with it. */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, key: string): DomainError {
    return new DomainError(DomainErrorCode.NOT_FOUND, `${what} "${key}" bestaat niet of is niet zichtbaar voor u.`);
  }

  static forbidden(message: string): DomainError {
    return new DomainError(DomainErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Log eerst in: deze actie vraagt een account.'): DomainError {
    return new DomainError(DomainErrorCode.UNAUTHENTICATED, message);
  }

  static invalidInput(fieldErrors: FieldErrors): DomainError {
    const summary = Object.entries(fieldErrors)
      .map(([field, problems]) => `${field}: ${problems.join('; ')}`)
      .join(' | ');
    return new DomainError(DomainErrorCode.BAD_USER_INPUT, `Ongeldige invoer. ${summary}`, fieldErrors);
  }
}
