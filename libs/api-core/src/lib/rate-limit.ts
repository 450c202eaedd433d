import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DEFAULT_IPV6_SUBNET_PREFIX, normalizeIp, ThrottlerGuard, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { message, normalizeEmail, render } from '@werkkennis/kernel';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './graphql-context';
import { requestLanguage } from './request-language';

export interface RateLimits {
  /**
   * Per account, session or link per minute: passwords checked per account (the identity library
   * counts those), refreshes per session, reset mails per e-mail address, password choices per link.
   */
  loginPerMinute: number;
  /** Sign-in, refresh and password links per client address per minute, all accounts together. */
  perAddressPerMinute: number;
  /** Mutations per signed-in user (or per address) per minute. */
  writesPerMinute: number;
  /** Requests to the open endpoints outside GraphQL (SPARQL, feeds) per client address per minute. */
  openReadsPerMinute: number;
}

/** The client's address as limits count it: IPv6 by /64, the block one subscriber usually holds. */
export const clientAddressOf = (req: Request): string => normalizeIp(req.ip ?? '', DEFAULT_IPV6_SUBNET_PREFIX);

const operationOf = (context: ExecutionContext) => {
  const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>();
  return { type: info?.parentType?.name, field: info?.fieldName };
};
/** Sign-in and account recovery: the operations a password guesser or spammer would repeat. */
const ACCOUNT_ENTRY = new Set(['login', 'refreshSession', 'requestPasswordReset', 'setPassword']);
const isAccountEntry = (context: ExecutionContext) => ACCOUNT_ENTRY.has(operationOf(context).field);
const isWrite = (context: ExecutionContext) => operationOf(context).type === 'Mutation' && !isAccountEntry(context);

/**
 * Whose attempt an account-entry operation is, for its own limit. Many colleagues share one
 * office address, so these count per session, e-mail address or link, not per address. Sign-in
 * has no entry here: the identity library throttles it per account and address, with waits that
 * grow, and answers a throttled attempt like a wrong password.
 */
function subjectOf(context: ExecutionContext): string | undefined {
  const graphql = GqlExecutionContext.create(context);
  const args = graphql.getArgs<{ email?: unknown; token?: unknown; refreshToken?: unknown }>();
  switch (operationOf(context).field) {
    case 'refreshSession': {
      // An API client names its refresh token; the web app's cookie has already resolved to its session.
      const { authentication, req } = graphql.getContext<GraphQLContext>();
      return typeof args.refreshToken === 'string' ? `token:${args.refreshToken}` : `session:${authentication?.sessionId ?? clientAddressOf(req)}`;
    }
    case 'requestPasswordReset':
      return `email:${normalizeEmail(String(args.email ?? ''))}`;
    case 'setPassword':
      return `link:${String(args.token ?? '')}`;
    default:
      return undefined;
  }
}

/** Hits per key in fixed windows, kept where every API process sees the same count (the database). */
export interface SharedHitCounter {
  hit(key: string, windowMs: number): Promise<{ hits: number; msLeft: number }>;
}

/** The throttler's storage on a shared counter: a key over its limit is refused until its window ends. */
function sharedStorage(counter: SharedHitCounter): ThrottlerStorage {
  return {
    async increment(key, ttl, limit) {
      const { hits, msLeft } = await counter.hit(key, ttl);
      const seconds = Math.ceil(msLeft / 1000);
      const isBlocked = hits > limit;
      return { totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
    },
  };
}

/**
 * Account entry is limited per session, e-mail address or link, and per client address with a
 * much higher ceiling; writes per user; reads are bounded by query cost instead. The counts are
 * shared, so several API processes together allow each limit once.
 */
export function rateLimitOptions(limits: RateLimits, counter: SharedHitCounter): ThrottlerModuleOptions {
  return {
    storage: sharedStorage(counter),
    throttlers: [
      { name: 'address', ttl: 60_000, limit: limits.perAddressPerMinute, skipIf: (context) => !isAccountEntry(context) },
      { name: 'account', ttl: 60_000, limit: limits.loginPerMinute, skipIf: (context) => subjectOf(context) === undefined },
      { name: 'writes', ttl: 60_000, limit: limits.writesPerMinute, skipIf: (context) => !isWrite(context) },
    ],
  };
}

/** The throttler on GraphQL: reads the request from the GraphQL context and tracks users, not only addresses. */
@Injectable()
export class GraphQLRateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return { req, res: req.res ?? { header: () => undefined } };
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    // Only GraphQL operations are limited here; health checks and static files are not.
    return context.getType<string>() !== 'graphql';
  }

  protected override async getTracker(req: Request): Promise<string> {
    return clientAddressOf(req);
  }

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    const { actor } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const who = name === 'address' ? tracker : name === 'account' ? subjectOf(context) : (actor?.userId ?? tracker);
    return `${name}:${who}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext): Promise<void> {
    const { req } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    throw new GraphQLError(render(message('error.tooManyRequests'), requestLanguage(req)), {
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  }
}


/**
 * Express middleware for the open endpoints outside GraphQL (`/sparql`, `/feeds`), which anyone
 * may call from any site: per client address, refused with 429 and `Retry-After` over the limit.
 * When the counter itself cannot be reached the request goes on: those endpoints then fail or
 * answer on their own, and a limiter should not turn a database hiccup into refusals.
 */
export function openEndpointLimit(counter: SharedHitCounter, perMinute: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    counter.hit(`open:${clientAddressOf(req)}`, 60_000).then(
      ({ hits, msLeft }) => {
        if (hits <= perMinute) return next();
        res
          .status(429)
          .set('Retry-After', String(Math.max(1, Math.ceil(msLeft / 1000))))
          .type('text/plain; charset=utf-8')
          .send(render(message('error.tooManyRequests'), requestLanguage(req)));
      },
      () => next(),
    );
  };
}
