import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { timingSafeEqual } from 'node:crypto';
import { message, render } from '@werkkennis/kernel';
import type { GraphQLContext } from './graphql-context';
import { requestLanguage } from './request-language';

/** Compared as bytes: a header with characters outside ASCII is longer in bytes than in characters. */
function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A browser sends cookies with requests other sites start; only our own page can read the CSRF
 * cookie and echo it in a header. So a mutation that is authenticated by the session cookie
 * must carry that header, or it is refused before anything runs.
 */
export function cookieCsrfPlugin(header: string): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const authentication = contextValue.authentication;
          if (operation?.operation !== 'mutation' || authentication?.via !== 'cookie') return;
          const given = contextValue.req.headers[header];
          if (typeof given === 'string' && sameSecret(given, authentication.csrfToken)) return;
          throw new GraphQLError(render(message('error.csrf', { header }), requestLanguage(contextValue.req)), {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
