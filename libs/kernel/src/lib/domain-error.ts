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

/**
 * Why a session was refused, when "sign in again" is not the whole story; the API sends it as
 * `extensions.reason` next to the code.
 */
export enum UnauthenticatedReason {
  /** A refresh token that was already traded in came back: the session was ended in case it was stolen. */
  SESSION_REVOKED_REUSE = 'SESSION_REVOKED_REUSE',
}

/** Field name → what is wrong with it. */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly reason?: UnauthenticatedReason,
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

  static unauthenticated(message = 'Log eerst in: deze actie vraagt een account.', reason?: UnauthenticatedReason): DomainError {
    return new DomainError(DomainErrorCode.UNAUTHENTICATED, message, undefined, reason);
  }

  static invalidInput(fieldErrors: FieldErrors): DomainError {
    const summary = Object.entries(fieldErrors)
      .map(([field, problems]) => `${field}: ${problems.join('; ')}`)
      .join(' | ');
    return new DomainError(DomainErrorCode.BAD_USER_INPUT, `Ongeldige invoer. ${summary}`, fieldErrors);
  }
}
