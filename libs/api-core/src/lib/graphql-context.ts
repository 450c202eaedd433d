import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Language, MaybeActor } from '@werkkennis/kernel';
import type DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { requestLanguage } from './request-language';

/**
 * DataLoaders live for one request: each batches the lookups of one field across all rows
 * of a response into one query, and caches within the request only.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** How the request proved who it is: a bearer token, or the web app's session cookie. */
export interface RequestAuthentication {
  sessionId: string;
  via: 'bearer' | 'cookie';
  /** What a cookie-authenticated mutation must echo in the X-CSRF-Token header. */
  csrfToken: string;
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  actor: MaybeActor;
  authentication: RequestAuthentication | null;
  loaders: LoaderRegistry;
  /** Set by a resolver whose answer must not be served again from memory or a cache (asking it is counted). */
  answerOnlyOnce?: boolean;
}

const contextOf = (execution: ExecutionContext): GraphQLContext =>
  GqlExecutionContext.create(execution).getContext<GraphQLContext>();

/** The signed-in user of this request, or null for anonymous readers. */
export const CurrentActor = createParamDecorator((_: unknown, execution: ExecutionContext) => contextOf(execution).actor);

/** The request's DataLoader registry. */
export const Loaders = createParamDecorator((_: unknown, execution: ExecutionContext) => contextOf(execution).loaders);

/** The language this request asks for (Accept-Language): for what it causes, such as a mail. */
export const AskedLanguage = createParamDecorator((_: unknown, execution: ExecutionContext): Language => requestLanguage(contextOf(execution).req));
