import { type Language, message, render } from '@werkkennis/kernel';
import { GraphQLError } from 'graphql';

/** Socket errors of the pg driver when the server is gone or cannot be reached. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** PostgreSQL shutting down or starting (57P01-57P03); class 08 is "connection exception". */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
/** What pg, pg-pool and PGlite say without a code: a dropped connection, a full pool that timed out, a closed embedded database. */
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is clos(ed|ing)/i;

/**
 * Whether an error means the database could not be reached, rather than that it refused a
 * query: the one place that knows how pg, pg-pool, PGlite and TypeORM say so. TypeORM keeps the
 * driver's error as `driverError`; Node reports a refused dual-stack connect as an AggregateError.
 * Read by shape, not `instanceof`: socket errors may come from another realm (Node's own Error).
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, driverError, cause, errors } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const sqlState = String(code ?? '');
  if (SOCKET_CODES.has(sqlState) || SERVER_CODES.has(sqlState) || sqlState.startsWith('08') || DRIVER_MESSAGES.test(String(message ?? ''))) return true;
  return [driverError, cause, ...(Array.isArray(errors) ? errors : [])].some((inner) => isDatabaseUnreachable(inner, depth + 1));
}

/** The answer while the database is unreachable: HTTP 503, and what the reader can do. */
export function databaseUnavailableError(language: Language): GraphQLError {
  return new GraphQLError(render(message('error.databaseUnavailable'), language), {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
