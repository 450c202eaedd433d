/** One error of a GraphQL answer, as the API sends it. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: unknown; [key: string]: unknown };
}

/** The API answered with errors (or nothing usable). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorShape[]) {
    super(errors[0]?.message ?? 'GraphQL request failed');
    this.name = 'GraphQLRequestError';
  }

  get code(): unknown {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * A read-only GraphQL request with plain fetch, for the first page and start-up, which do not
 * load Apollo Client. The session cookie goes along (`same-origin`); queries need no CSRF header.
 * Rejects with GraphQLRequestError when the API answers with errors, with a TypeError offline.
 */
export async function fetchGraphQL<TData>(operationName: string, query: string, variables: object, language: string, signal?: AbortSignal): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ operationName, query, variables }),
    signal,
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
  if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? []);
  return body.data;
}
