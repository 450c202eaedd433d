/**
 * One GraphQL operation as apps/web/codegen.mjs writes it beside its .graphql file: its name and
 * its text, typed with its variables and its answer.
 */
export interface GraphQLOperation<TData, TVariables> {
  readonly name: string;
  readonly text: string;
  /** Never set: it only carries the types, so that a request knows what it sends and gets. */
  readonly types?: { data: TData; variables: TVariables };
}

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

/** What the app adds to every request; the app sets it once at start-up (app/data-layer.ts). */
export interface GraphQLConnection {
  /** Headers for the next request: the reader's language, the CSRF token. */
  headers: () => Record<string, string>;
  /** The API refused the session that went along with a request; the errors say why. */
  onUnauthenticated: (errors: readonly GraphQLErrorShape[]) => void;
}

let connection: GraphQLConnection = { headers: () => ({}), onUnauthenticated: () => undefined };

export function connectGraphQL(next: GraphQLConnection): void {
  connection = next;
}

/**
 * Sends one operation to the API with plain fetch: the session cookie goes along (`same-origin`).
 * Rejects with GraphQLRequestError when the API answers with errors, with a TypeError offline.
 */
export async function fetchGraphQL<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>, variables: TVariables): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...connection.headers() },
    body: JSON.stringify({ operationName: operation.name, query: operation.text, variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
  if (body.errors?.length || !body.data) {
    const error = new GraphQLRequestError(body.errors ?? []);
    if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) connection.onUnauthenticated(error.errors);
    throw error;
  }
  return body.data;
}
