import { HttpException, HttpStatus, Injectable, type NestMiddleware, NotFoundException } from '@nestjs/common';
import { DomainError, DomainErrorCode, type Language } from '@werkkennis/kernel';
import type { NextFunction, Request, Response } from 'express';
import type { Quad } from 'n3';
import type { VocabularyUris } from '../vocabulary-uris';
import { ANNO_CONTEXT_URL } from './anno-context';
import { toJsonLd, toTurtle } from './turtle';

export type RdfFormat = 'turtle' | 'jsonld' | 'html';

export const TURTLE = 'text/turtle; charset=utf-8';
export const JSON_LD = 'application/ld+json; charset=utf-8';
/** The media type the Web Annotation Protocol asks for: JSON-LD in the W3C annotation context. */
export const ANNOTATION_JSON_LD = `application/ld+json; profile="${ANNO_CONTEXT_URL}"; charset=utf-8`;

const SUFFIX: Record<string, RdfFormat> = { ttl: 'turtle', jsonld: 'jsonld' };

/**
 * What the IRI's last segment names and in which format to answer: a `.ttl` or `.jsonld`
 * suffix decides; otherwise the Accept header, where a client that takes anything gets Turtle
 * and a browser (which asks for text/html first) the web page.
 */
export function negotiate(req: Request, key: string): { key: string; format: RdfFormat } {
  const suffixed = /^(.*)\.(ttl|jsonld)$/.exec(key);
  if (suffixed) return { key: suffixed[1], format: SUFFIX[suffixed[2]] };
  const chosen = req.accepts(['text/turtle', 'application/ld+json', 'application/json', 'text/html']);
  if (!chosen) throw new HttpException({ statusCode: 406, message: 'Kies text/turtle, application/ld+json of text/html in de Accept-header.' }, HttpStatus.NOT_ACCEPTABLE);
  return { key, format: chosen === 'text/turtle' ? 'turtle' : chosen === 'text/html' ? 'html' : 'jsonld' };
}

/** Answers with the graph in the negotiated format, or sends a browser to the web app's page for it. */
export async function answerGraph(res: Response, format: RdfFormat, page: string, quads: () => Promise<Quad[]>, uris: VocabularyUris): Promise<void> {
  res.vary('Accept');
  if (format === 'html') {
    res.redirect(303, page);
    return;
  }
  const graph = await quads();
  if (format === 'turtle') {
    res.type(TURTLE).send(await toTurtle(graph, uris));
    return;
  }
  res.type(JSON_LD).send(JSON.stringify(await toJsonLd(graph)));
}

/** Outside GraphQL a refusal is an HTTP status with the same message, in the language asked for. */
export function asHttpError(error: unknown, language: Language): unknown {
  if (!(error instanceof DomainError)) return error;
  const { message, fields } = error.inLanguage(language);
  const status = {
    [DomainErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
    [DomainErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
    [DomainErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
    [DomainErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  }[error.code];
  if (status === HttpStatus.NOT_FOUND) return new NotFoundException(message);
  return new HttpException({ statusCode: status, code: error.code, message, ...(fields ? { fields } : {}) }, status);
}

/**
 * The vocabulary's IRIs are public and read-only for other sites: any origin may read them
 * (no credentials), and a preflight is answered here.
 */
@Injectable()
export class PublicReadCors implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Link, ETag, Location, Content-Type, Content-Location, Vary, Allow, Preference-Applied');
    // Helmet's same-origin default would keep other sites from embedding what CORS allows them to read.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Accept, Prefer, If-None-Match');
      res.setHeader('Access-Control-Max-Age', '86400');
      res.status(204).end();
      return;
    }
    next();
  }
}
