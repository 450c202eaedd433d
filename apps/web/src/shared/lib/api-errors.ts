import { GraphQLRequestError } from './graphql-fetch';

export type ErrorKind = 'network' | 'unauthenticated' | 'forbidden' | 'notFound' | 'badInput' | 'tooManyRequests' | 'unexpected';

/** Field name → messages, as the API sends them in `extensions.fields` on BAD_USER_INPUT. */
export type FieldErrors = Record<string, string[]>;

export interface ApiProblem {
  kind: ErrorKind;
  /** The API's own message (Dutch, written for people), when it sent one. */
  message?: string;
  fields: FieldErrors;
}

const KIND_BY_CODE: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'badInput',
  TOO_MANY_REQUESTS: 'tooManyRequests',
};

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((messages) => Array.isArray(messages) && messages.every((m) => typeof m === 'string'))
  );
}

/** What went wrong, in terms the interface can act on. */
export function describeApiError(error: unknown): ApiProblem {
  if (!(error instanceof GraphQLRequestError)) return { kind: 'network', fields: {} };
  const [first] = error.errors;
  const code = first?.extensions?.['code'];
  const kind = (typeof code === 'string' && KIND_BY_CODE[code]) || 'unexpected';
  const fields = first?.extensions?.['fields'];
  return { kind, message: kind === 'unexpected' ? undefined : first?.message, fields: isFieldErrors(fields) ? fields : {} };
}
