import { Controller, Get, HttpException, HttpStatus, Options, Post, Req, Res } from '@nestjs/common';
import { requestLanguage } from '@werkkennis/api-core';
import { message, type MessageKey, render } from '@werkkennis/kernel';
import type { Request, Response } from 'express';
import { answerTypes, requestKind } from './sparql-request';
import { SparqlBusyError, SparqlQueryError, SparqlTimeoutError } from './sparql-store';
import { SparqlService } from './sparql.service';

/** Longer queries are refused before they reach the engine; Skosmos's longest are a few thousand characters. */
export const MAX_QUERY_LENGTH = 20_000;

/**
 * The SPARQL 1.1 protocol, read-only: a query by GET (`?query=`) or POST (form field `query`,
 * or a body of type application/sparql-query); solutions as JSON, XML, CSV or TSV and graphs as
 * Turtle, JSON-LD, N-Triples or RDF/XML, by Accept. Public, without sign-in; CORS headers
 * come from the module's middleware.
 */
@Controller('sparql')
export class SparqlController {
  constructor(private readonly sparql: SparqlService) {}

  @Get()
  async get(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (req.query['update'] !== undefined) throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.updateRefused');
    await this.answer(req, res, req.query['query']);
  }

  @Post()
  async post(@Req() req: Request, @Res() res: Response): Promise<void> {
    const form = sent(req, 'application/x-www-form-urlencoded');
    if (sent(req, 'application/sparql-update') || (form && req.body?.update !== undefined)) throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.updateRefused');
    await this.answer(req, res, sent(req, 'application/sparql-query') ? req.body : form ? req.body?.query : undefined);
  }

  /** The CORS preflight: the middleware has set the headers. */
  @Options()
  preflight(@Res() res: Response): void {
    res.status(HttpStatus.NO_CONTENT).end();
  }

  private async answer(req: Request, res: Response, query: unknown): Promise<void> {
    if (typeof query !== 'string' || !query.trim()) throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.noQuery');
    if (query.length > MAX_QUERY_LENGTH) throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.tooLong', { length: query.length, max: MAX_QUERY_LENGTH });
    const kind = requestKind(query);
    if (kind === 'UPDATE') throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.updateRefused');
    const types = answerTypes(kind);
    const asked = req.accepts(Object.keys(types));
    if (!asked) throw refusal(req, HttpStatus.NOT_ACCEPTABLE, 'sparql.notAcceptable', { types: Object.keys(types).join(', ') });
    const mediaType = types[asked];
    try {
      const body = await this.sparql.query(query, mediaType);
      res.status(HttpStatus.OK).vary('Accept').type(`${mediaType}; charset=utf-8`).send(body);
    } catch (error) {
      if (error instanceof SparqlTimeoutError) throw refusal(req, HttpStatus.SERVICE_UNAVAILABLE, 'sparql.timeout', { seconds: error.limitMs / 1000 });
      if (error instanceof SparqlBusyError) {
        res.setHeader('Retry-After', '5');
        throw refusal(req, HttpStatus.SERVICE_UNAVAILABLE, 'sparql.busy');
      }
      if (error instanceof SparqlQueryError) throw refusal(req, HttpStatus.BAD_REQUEST, 'sparql.invalid', { reason: error.message });
      throw error;
    }
  }
}

function sent(req: Request, type: string): boolean {
  return Boolean(req.is(type));
}

function refusal(req: Request, status: HttpStatus, key: MessageKey, params?: Record<string, string | number>): HttpException {
  return new HttpException({ statusCode: status, message: render(message(key, params), requestLanguage(req)) }, status);
}
