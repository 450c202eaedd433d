/**
 * The address of a request as the request log shows it: the path without its query string, so
 * neither secrets in links (password-reset and unsubscribe tokens) nor what people search for
 * (GraphQL queries sent as GET carry their variables) end up in logs. A GraphQL GET keeps the
 * name of its operation; the secret in a saved search's feed address is left out.
 */
export function loggedUrl(url: string): string {
  const { pathname, searchParams } = new URL(url, 'http://request.invalid');
  const path = pathname.replace(/^\/feeds\/zoekopdrachten\/[^/]+$/, '/feeds/zoekopdrachten/…');
  const operation = pathname === '/graphql' ? searchParams.get('operationName') : null;
  return operation ? `${path}?operationName=${encodeURIComponent(operation)}` : path;
}
