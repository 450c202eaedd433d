import { BASE_URL, DEMO_PASSWORD } from './browser.ts';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request straight to the API, for set-up and for checking what the API refuses. */
export async function graphql<T>(query: string, variables: object = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export async function tokenFor(email: string): Promise<string> {
  const result = await graphql<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!result.data) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}
