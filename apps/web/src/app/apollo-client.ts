import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { sessionStore } from '../features/auth/lib/session-store';
import { currentLanguage } from '../i18n/i18n';

/** The session's token, and the reader's language (so the API can answer in it once it knows English). */
const withSessionAndLanguage = new ApolloLink((operation, forward) => {
  const authorization = sessionStore.authorizationHeader();
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'accept-language': currentLanguage(), ...(authorization ? { authorization } : {}) },
  }));
  return forward(operation);
});

/** An expired or revoked token: forget it, so the interface shows the signed-out state. */
const forgetRejectedSession = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error) || !sessionStore.get()) return;
  if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) sessionStore.signOut();
});

/** One client for the whole app; its module loads with the first page that needs data. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([forgetRejectedSession, withSessionAndLanguage, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      // Search results belong to their query: a hit's highlight differs per query, so hits are
      // not merged by id across searches.
      SearchResult: { keyFields: false },
      SearchHit: { keyFields: false },
      Facet: { keyFields: false },
    },
  }),
});
