import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { MaybeActor } from '@werkkennis/kernel';
import type DataLoader from 'dataloader';
import type { Request } from 'express';

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

export interface GraphQLContext {
  req: Request;
  actor: MaybeActor;
  loaders: LoaderRegistry;
}

const contextOf = (execution: ExecutionContext): GraphQLContext =>
  GqlExecutionContext.create(execution).getContext<GraphQLContext>();

/** The signed-in user of this request, or null for anonymous readers. */
export const CurrentActor = createParamDecorator((_: unknown, execution: ExecutionContext) => contextOf(execution).actor);

/** The request's DataLoader registry. */
export const Loaders = createParamDecorator((_: unknown, execution: ExecutionContext) => contextOf(execution).loaders);
