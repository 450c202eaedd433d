/**
 * Failures of the search engine, described for the person who has to fix them. The client
 * wraps transport errors (`MeilisearchRequestError` with a `cause`), so the original reason
 * is found by walking the cause chain.
 */
import { DomainError } from '@werkkennis/kernel';
import { MeilisearchHttpError } from './keep-alive-http';
import type { Task } from './meilisearch-client';

export type SearchEngineFailure = 'unreachable' | 'unauthorized' | 'rejected' | 'task-failed' | 'timeout';

export class SearchEngineError extends Error {
  constructor(
    readonly failure: SearchEngineFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SearchEngineError';
  }
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', 'EPIPE']);
const AUTH_ERROR_CODES = new Set(['invalid_api_key', 'missing_authorization_header']);

export function toSearchEngineError(error: unknown, host: string): Error {
  if (error instanceof DomainError || error instanceof SearchEngineError) return error;
  const causes = causeChain(error);
  const http = causes.find((cause): cause is MeilisearchHttpError => cause instanceof MeilisearchHttpError);
  if (http?.code && AUTH_ERROR_CODES.has(http.code)) {
    return new SearchEngineError(
      'unauthorized',
      `Meilisearch op ${host} weigert de API-sleutel (${http.code}): controleer MEILI_API_KEY.`,
      { cause: error },
    );
  }
  if (http) {
    return new SearchEngineError('rejected', `Meilisearch weigerde het verzoek: ${http.message}`, { cause: error });
  }
  const code = causes.map(errnoCode).find((candidate) => candidate !== undefined);
  if (code === 'ETIMEDOUT') {
    return new SearchEngineError('timeout', `Meilisearch op ${host} antwoordt niet op tijd: is de server overbelast?`, {
      cause: error,
    });
  }
  if (code && NETWORK_ERROR_CODES.has(code)) {
    return new SearchEngineError(
      'unreachable',
      `Meilisearch is niet bereikbaar op ${host} (${code}): start de zoekmachine of controleer MEILI_HOST.`,
      { cause: error },
    );
  }
  if (causes.some((cause) => cause instanceof Error && cause.name === 'MeilisearchTaskTimeOutError')) {
    return new SearchEngineError(
      'timeout',
      `Meilisearch heeft een wijziging niet op tijd verwerkt; bekijk de wachtrij via GET ${host}/tasks.`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function taskFailure(task: Task): SearchEngineError {
  const reason = task.error ? `${task.error.message} (${task.error.code})` : task.status;
  return new SearchEngineError('task-failed', `Meilisearch kon ${task.type} op ${task.indexUid ?? '-'} niet uitvoeren: ${reason}`);
}

/** Meilisearch's error code (`index_not_found`, …) anywhere in the cause chain. */
export function meilisearchErrorCode(error: unknown): string | undefined {
  return causeChain(error).find((cause): cause is MeilisearchHttpError => cause instanceof MeilisearchHttpError)?.code;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && !chain.includes(current); current = (current as Error).cause) {
    chain.push(current);
    if (!(current instanceof Error)) break;
  }
  return chain;
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
