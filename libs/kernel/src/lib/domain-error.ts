import { type Language, type Message, message, type Noun, render } from './messages';

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

/** Field name → what is wrong with it; always messages from the catalogue, so they can be given in every language. */
export type FieldErrors = Record<string, Message[]>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly text: Message,
    readonly fieldErrors?: FieldErrors,
    readonly reason?: UnauthenticatedReason,
  ) {
    super(render(text, 'nl'));
    this.name = 'DomainError';
  }

  /** The message in the language asked for; field errors alike. */
  inLanguage(language: Language): { message: string; fields?: Record<string, string[]> } {
    const fields = this.fieldErrors && Object.fromEntries(Object.entries(this.fieldErrors).map(([field, texts]) => [field, texts.map((text) => render(text, language))]));
    const message = this.code === DomainErrorCode.BAD_USER_INPUT && fields ? render(invalidInputSummary(fields), language) : render(this.text, language);
    return { message, ...(fields ? { fields } : {}) };
  }

  /** `what` names the kind of thing; `key` is what the person asked for. */
  static notFound(what: Noun, key: string): DomainError {
    return new DomainError(DomainErrorCode.NOT_FOUND, message('error.notFound', { what: message(what), key }));
  }

  static forbidden(text: Message): DomainError {
    return new DomainError(DomainErrorCode.FORBIDDEN, text);
  }

  static unauthenticated(text: Message = message('error.signInFirst'), reason?: UnauthenticatedReason): DomainError {
    return new DomainError(DomainErrorCode.UNAUTHENTICATED, text, undefined, reason);
  }

  static invalidInput(fieldErrors: FieldErrors): DomainError {
    const dutch = Object.fromEntries(Object.entries(fieldErrors).map(([field, texts]) => [field, texts.map((text) => render(text, 'nl'))]));
    return new DomainError(DomainErrorCode.BAD_USER_INPUT, invalidInputSummary(dutch), fieldErrors);
  }
}

function invalidInputSummary(fields: Record<string, string[]>): Message {
  const summary = Object.entries(fields)
    .map(([field, problems]) => `${field}: ${problems.join('; ')}`)
    .join(' | ');
  return message('error.invalidInput', { summary });
}
