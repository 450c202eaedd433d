/**
 * One GraphQL operation as apps/web/codegen.mjs writes it beside its .graphql file: its name and
 * its text, typed with its variables and its answer.
 */
export interface GraphQLOperation<TData, TVariables> {
  readonly name: string;
  readonly kind: 'query' | 'mutation';
  readonly text: string;
  /** SHA-256 of the text, hex: queries are asked by it (persisted queries), so a repeat is a short, cacheable GET. */
  readonly hash: string;
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

interface Answer<TData> {
  data?: TData | null;
  errors?: GraphQLErrorShape[];
}

const isUnknownHash = (answer: Answer<unknown>) => !!answer.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');

/**
 * A query goes as a GET by its hash, so that the browser and any cache in between can keep a
 * public answer (the API says which ones) and ask whether it changed. An API that has not seen
 * the query since it started asks for its text, once.
 */
async function ask<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>, variables: TVariables): Promise<Answer<TData>> {
  const common = { credentials: 'same-origin' as const, headers: { 'x-apollo-operation-name': operation.name, ...connection.headers() } };
  if (operation.kind === 'mutation') {
    const body = JSON.stringify({ operationName: operation.name, query: operation.text, variables });
    return (await fetch('/graphql', { ...common, method: 'POST', headers: { ...common.headers, 'content-type': 'application/json' }, body })).json();
  }
  const params = new URLSearchParams({
    operationName: operation.name,
    variables: JSON.stringify(variables ?? {}),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.hash } }),
  });
  const byHash: Answer<TData> = await (await fetch(`/graphql?${params}`, common)).json();
  if (!isUnknownHash(byHash)) return byHash;
  params.set('query', operation.text);
  return (await fetch(`/graphql?${params}`, common)).json();
}

/**
 * Sends one operation to the API with plain fetch: the session cookie goes along (`same-origin`).
 * Rejects with GraphQLRequestError when the API answers with errors, with a TypeError offline.
 */
export async function fetchGraphQL<TData, TVariables>(operation: GraphQLOperation<TData, TVariables>, variables: TVariables): Promise<TData> {
  const body = await ask(operation, variables);
  if (body.errors?.length || !body.data) {
    const error = new GraphQLRequestError(body.errors ?? []);
    if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) connection.onUnauthenticated(error.errors);
    throw error;
  }
  return body.data;
}
