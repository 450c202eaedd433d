import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './graphql-context';

export interface RateLimits {
  /** Sign-in attempts per address and e-mail per minute. */
  loginPerMinute: number;
  /** Mutations per signed-in user (or per address) per minute. */
  writesPerMinute: number;
}

const operationOf = (context: ExecutionContext) => {
  const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>();
  return { type: info?.parentType?.name, field: info?.fieldName };
};
/** Sign-in and account recovery: the operations a password guesser or spammer would repeat. */
const ACCOUNT_ENTRY = new Set(['login', 'refreshSession', 'requestPasswordReset', 'setPassword']);
const isLogin = (context: ExecutionContext) => ACCOUNT_ENTRY.has(operationOf(context).field);
const isWrite = (context: ExecutionContext) => operationOf(context).type === 'Mutation' && !isLogin(context);

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
 * Sign-in is limited per address and e-mail, writes per user; reads are bounded by query cost
 * instead. The counts are shared, so several API processes together allow the limit once.
 */
export function rateLimitOptions(limits: RateLimits, counter: SharedHitCounter): ThrottlerModuleOptions {
  return {
    storage: sharedStorage(counter),
    throttlers: [
      { name: 'login', ttl: 60_000, limit: limits.loginPerMinute, skipIf: (context) => !isLogin(context) },
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

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    const { actor } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const args = GqlExecutionContext.create(context).getArgs<{ email?: string }>();
    // Sign-in counts per address and e-mail (a shared office address has many users); every other
    // account entry per address alone, so one address cannot mail resets to many accounts.
    const field = operationOf(context).field;
    const who =
      name === 'login' ? (field === 'login' ? `${tracker}:${String(args.email ?? '').toLowerCase()}` : tracker) : (actor?.userId ?? tracker);
    return `${name}:${who}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new GraphQLError('Te veel pogingen kort na elkaar. Wacht een minuut en probeer het dan opnieuw.', {
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  }
}

