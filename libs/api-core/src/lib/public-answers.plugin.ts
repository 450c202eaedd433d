import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { GraphQLContext } from './graphql-context';

/** A number that changes whenever content may have changed; null when nobody can say (remember nothing). */
export interface ContentVersion {
  current(): number | null;
}

interface RememberedAnswer {
  version: number;
  result: { data?: Record<string, unknown> | null; extensions?: Record<string, unknown> };
}

/** What the API's answers may be kept by browsers and shared caches, by who asked and what. */
export const CACHE_CONTROL = {
  /** The same for everyone who is not signed in: caches keep it, and ask whether it changed (ETag) before reuse. */
  public: 'public, no-cache',
  /** Signed-in answers, mutations and answers with side effects are never kept. */
  never: 'no-store',
  signedIn: 'private, no-store',
} as const;

/** Says that this request's answer must not be reused, e.g. because asking it is counted. */
export function answerOnlyOnce(context: GraphQLContext): void {
  context.answerOnlyOnce = true;
}

const anonymous = (context: GraphQLContext) => !context.actor && !context.authentication;

const keyOf = ({ source, request }: GraphQLRequestContext<GraphQLContext>) =>
  createHash('sha256')
    .update(`${request.operationName ?? ''}\n${source ?? ''}\n${JSON.stringify(request.variables ?? {})}`)
    .digest('base64url');

/**
 * Public reads are answered once and then from memory until content changes: a query by someone
 * who is not signed in is remembered with the content version it was computed at, and served
 * again while that version holds. An answer computed while a write committed is not kept (the
 * version moved under it). Every answer says how caches may keep it; Express adds the ETag, so
 * a repeated GET is answered 304 Not Modified.
 */
export function publicAnswersPlugin(content: ContentVersion, maxBytes = 32 * 1024 * 1024): ApolloServerPlugin<GraphQLContext> {
  // The version moves with every write through the unit of work; the minute bounds what a change
  // made around it (SQL by hand, a seed from another process) can leave stale.
  const answers = new LRUCache<string, RememberedAnswer>({ maxSize: maxBytes, ttl: 60_000, sizeCalculation: (answer) => JSON.stringify(answer.result).length + 64 });
  return {
    async requestDidStart() {
      const versionAtStart = content.current();
      let key: string | null = null;
      let servedFromMemory = false;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query' || !anonymous(requestContext.contextValue) || versionAtStart === null) return null;
          key = keyOf(requestContext);
          const remembered = answers.get(key);
          if (!remembered || remembered.version !== versionAtStart) return null;
          servedFromMemory = true;
          return { http: requestContext.response.http, body: { kind: 'single', singleResult: remembered.result } };
        },
        async willSendResponse({ contextValue, operation, response }) {
          const headers = response.http.headers;
          if (!anonymous(contextValue)) return void headers.set('cache-control', CACHE_CONTROL.signedIn);
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          const reusable = operation?.operation === 'query' && !contextValue.answerOnlyOnce && !!single && !single.errors?.length;
          headers.set('cache-control', reusable ? CACHE_CONTROL.public : CACHE_CONTROL.never);
          if (!reusable || servedFromMemory || !key || versionAtStart === null || content.current() !== versionAtStart) return;
          answers.set(key, { version: versionAtStart, result: { data: single.data, extensions: single.extensions } });
        },
      };
    },
  };
}
