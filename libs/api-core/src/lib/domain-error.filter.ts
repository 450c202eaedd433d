import { type ArgumentsHost, BadRequestException, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, DomainErrorCode } from '@werkkennis/kernel';
import { GraphQLError } from 'graphql';

/** Every domain error code has one GraphQL error code; the switch below must stay exhaustive. */
function graphqlCode(code: DomainErrorCode): string {
  switch (code) {
    case DomainErrorCode.BAD_USER_INPUT:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.NOT_FOUND:
      return 'NOT_FOUND';
    case DomainErrorCode.FORBIDDEN:
      return 'FORBIDDEN';
    case DomainErrorCode.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: graphqlCode(error.code), ...(error.fieldErrors ? { fields: error.fieldErrors } : {}), ...(error.reason ? { reason: error.reason } : {}) },
  });
}

/**
 * Turns refusals into GraphQL errors with `extensions.code`; anything unexpected is logged
 * and answered without internals.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') return this.answerHttp(exception, host);
    if (exception instanceof DomainError) return toGraphQLError(exception);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof BadRequestException) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError('Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  /** Outside GraphQL (body too large, health, metrics): the HTTP status, without a stack trace. */
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : Number((exception as { status?: number }).status) || 500;
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const body = exception instanceof HttpException ? exception.getResponse() : { statusCode: status, message: status === 413 ? 'Het verzoek is te groot (hoogstens 1 MB).' : 'Er ging iets mis.' };
    response.status(status).json(body);
  }
}
