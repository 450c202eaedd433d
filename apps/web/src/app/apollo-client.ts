import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { CSRF_HEADER, csrfToken } from '../features/auth/lib/session-cookie';
import { sessionEndIn } from '../features/auth/lib/session-end';
import { sessionStore } from '../features/auth/lib/session-store';
import { currentLanguage } from '../i18n/i18n';

/**
 * The session travels as an HttpOnly cookie (sent by the browser, `credentials: 'same-origin'`);
 * mutations must echo the readable CSRF cookie in a header. Also the reader's language, so the
 * API can answer in it once it knows English.
 */
const withCsrfAndLanguage = new ApolloLink((operation, forward) => {
  const csrf = csrfToken();
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'accept-language': currentLanguage(), ...(csrf ? { [CSRF_HEADER]: csrf } : {}) },
  }));
  return forward(operation);
});

/** The API refused a session the interface believed in: the layout sends the person to sign in. */
const noticeEndedSession = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error) || !sessionStore.get()) return;
  const ended = sessionEndIn(error.errors);
  if (ended) sessionStore.expire(ended);
});

/** One client for the whole app; its module loads with the first page that needs data. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([noticeEndedSession, withCsrfAndLanguage, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache({
    // A term's convergence has no id of its own: the list asks for less of it than the term page,
    // so merge the two instead of letting one replace the other.
    typePolicies: { TermConvergence: { merge: true } },
  }),
});
