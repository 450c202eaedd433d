import { type ArgumentsHost, BadRequestException, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, DomainErrorCode, type Language, message, render } from '@werkkennis/kernel';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { databaseUnavailableError, isDatabaseUnreachable } from './database-outage';
import { requestLanguage } from './request-language';

/**
 * Every domain error code has one GraphQL error code, and one HTTP status for when it ends a
 * request before execution; the switch below must stay exhaustive.
 */
function answerTo(code: DomainErrorCode): { code: string; httpStatus: number } {
  switch (code) {
    case DomainErrorCode.BAD_USER_INPUT:
      return { code: 'BAD_USER_INPUT', httpStatus: 400 };
    case DomainErrorCode.NOT_FOUND:
      return { code: 'NOT_FOUND', httpStatus: 404 };
    case DomainErrorCode.FORBIDDEN:
      return { code: 'FORBIDDEN', httpStatus: 403 };
    case DomainErrorCode.UNAUTHENTICATED:
      return { code: 'UNAUTHENTICATED', httpStatus: 401 };
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
}

/**
 * A refusal as a GraphQL error. During execution it is one field's error next to whatever else
 * the response holds (HTTP 200); one that ends the request before execution carries its status.
 */
export function toGraphQLError(error: DomainError, language: Language, endsRequest = false): GraphQLError {
  const { code, httpStatus } = answerTo(error.code);
  const { message, fields } = error.inLanguage(language);
  return new GraphQLError(message, {
    extensions: { code, ...(fields ? { fields } : {}), ...(error.reason ? { reason: error.reason } : {}), ...(endsRequest ? { http: { status: httpStatus } } : {}) },
  });
}

const logger = new Logger('GraphQL');

/** Anything that is not a refusal: logged, and answered without internals. */
function unexpected(exception: unknown, language: Language): GraphQLError {
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return new GraphQLError(render(message('error.internal'), language), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

function databaseUnavailable(exception: unknown, language: Language): GraphQLError {
  logger.warn(`Database onbereikbaar: ${exception instanceof Error ? exception.message : String(exception)}`);
  return databaseUnavailableError(language);
}

/**
 * An error that ends a request before any resolver runs (building the context, a plugin that
 * checks the operation). Apollo answers such an error with HTTP 500 unless it carries a status,
 * so each refusal gets its own: 401 for a token that cannot be trusted, 400 for bad input.
 */
export function toRequestError(exception: unknown, req: Request): GraphQLError {
  const language = requestLanguage(req);
  if (exception instanceof DomainError) return toGraphQLError(exception, language, true);
  if (exception instanceof GraphQLError) return exception;
  if (isDatabaseUnreachable(exception)) return databaseUnavailable(exception, language);
  return unexpected(exception, language);
}

/**
 * Turns refusals into GraphQL errors with `extensions.code`; an unreachable database into
 * SERVICE_UNAVAILABLE (HTTP 503); anything unexpected is logged and answered without internals.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') return this.answerHttp(exception, host);
    const language = requestLanguage(GqlArgumentsHost.create(host).getContext<{ req?: Request }>()?.req);
    if (exception instanceof DomainError) return toGraphQLError(exception, language);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof BadRequestException) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (isDatabaseUnreachable(exception)) return databaseUnavailable(exception, language);
    return unexpected(exception, language);
  }

  /** Outside GraphQL (body too large, health, metrics): the HTTP status, without a stack trace. */
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : Number((exception as { status?: number }).status) || 500;
    // A deliberate 5xx (terminus's 503 while not ready, which logs its details itself) needs no stack trace.
    if (status >= 500 && !(exception instanceof HttpException)) logger.error(exception instanceof Error ? exception.stack : String(exception));
    const said = message(status === 413 ? 'error.requestTooLarge' : 'error.internal');
    const body = exception instanceof HttpException ? exception.getResponse() : { statusCode: status, message: render(said, requestLanguage(host.switchToHttp().getRequest<Request>())) };
    response.status(status).json(body);
  }
}
