import { Controller, Delete, Get, HttpException, HttpStatus, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { inputValidationPipe, requestLanguage } from '@werkkennis/api-core';
import { AuthService } from '@werkkennis/identity';
import { type Actor, DomainError, DomainErrorCode, message, render } from '@werkkennis/kernel';
import type { Request, Response } from 'express';
import { AnnotateDefinitionInput, UpdateAnnotationInput } from '../annotations/annotation.inputs';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import { AnnotationService } from '../annotations/annotation.service';
import { VocabularyUris } from '../vocabulary-uris';
import { ANNO_CONTEXT_URL } from './anno-context';
import { annotationEtag, annotationInput, annotationPage, containerPreference, etagOf, PAGE_SIZE } from './annotation-protocol';
import { ANNOTATION_JSON_LD, answerGraph, asHttpError, negotiate } from './linked-data';
import { VocabularyExportService } from './vocabulary-export.service';

const LDP = 'http://www.w3.org/ns/ldp#';
const CONTAINER_LINKS = [`<${LDP}BasicContainer>; rel="type"`, `<http://www.w3.org/TR/annotation-protocol/>; rel="${LDP}constrainedBy"`].join(', ');

/**
 * The W3C Web Annotation Protocol over a definition's annotations: a container per definition
 * (an LDP BasicContainer and AnnotationCollection, paged), and each annotation at its IRI.
 * Writes take the same bearer token as GraphQL and go through the same AnnotationService, so
 * the same policy, unit of work, audit trail and outbox apply.
 */
@Controller()
export class AnnotationProtocolController {
  constructor(
    private readonly exports: VocabularyExportService,
    private readonly annotations: AnnotationService,
    private readonly auth: AuthService,
    private readonly uris: VocabularyUris,
  ) {}

  @Get('definitions/:id/annotations')
  async container(@Param('id') id: string, @Query('page') page: string | undefined, @Query('iris') iris: string | undefined, @Req() req: Request, @Res() res: Response) {
    await this.answer(res, async () => {
      const definition = await this.exports.definition(id);
      const container = this.uris.annotationContainer(definition.id);
      res.vary('Accept').vary('Prefer');
      res.setHeader('Link', CONTAINER_LINKS);
      res.setHeader('Allow', 'GET, HEAD, OPTIONS, POST');
      res.setHeader('Accept-Post', `application/ld+json; profile="${ANNO_CONTEXT_URL}"`);
      if (page !== undefined) return this.page(res, container, definition.id, Number(page), iris === '1');

      const preference = containerPreference(req.get('prefer'));
      const { total, items } = await this.exports.annotationsOf(definition.id, { offset: 0, limit: preference === 'minimal' ? 0 : PAGE_SIZE });
      const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
      const asIris = preference === 'iris';
      const pageIri = (number: number) => `${container}?page=${number}${asIris ? '&iris=1' : ''}`;
      const representation = {
        '@context': ANNO_CONTEXT_URL,
        id: container,
        type: [`${LDP}BasicContainer`, 'AnnotationCollection'],
        label: `Annotaties op definitie ${definition.id}`,
        total,
        first:
          preference === 'minimal'
            ? pageIri(0)
            : annotationPage(container, 0, total, asIris ? items.map((item) => item.id as string) : items, asIris, false),
        last: pageIri(lastPage),
      };
      if (req.headers.prefer) res.setHeader('Preference-Applied', 'return=representation');
      this.send(res, representation);
    });
  }

  @Post('definitions/:id/annotations')
  async create(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.answer(res, async () => {
      const actor = await this.actor(req, res);
      const definition = await this.exports.definition(id);
      const input = (await inputValidationPipe.transform(
        { ...annotationInput(this.body(req), definition.id, this.uris), definitionId: definition.id },
        { type: 'body', metatype: AnnotateDefinitionInput },
      )) as AnnotateDefinitionInput;
      const saved = await this.annotations.annotate(actor, input);
      const [json] = await this.exports.annotationsAsJson([saved]);
      res.status(HttpStatus.CREATED).setHeader('Location', json.id as string);
      this.send(res, json, annotationEtag(saved));
    });
  }

  @Get('annotations/:key')
  async read(@Param('key') key: string, @Req() req: Request, @Res() res: Response) {
    await this.answer(res, async () => {
      const { key: id, format } = negotiate(req, key);
      const { json, termSlug, entity } = await this.exports.annotation(id);
      res.setHeader('Link', `<${LDP}Resource>; rel="type"`);
      res.setHeader('Allow', 'GET, HEAD, OPTIONS, PUT, DELETE');
      if (format !== 'jsonld') {
        return answerGraph(res, format, `/begrippen/${encodeURIComponent(termSlug)}#annotatie-${id}`, () => this.exports.annotationGraph(id), this.uris);
      }
      res.vary('Accept');
      this.send(res, json, annotationEtag(entity));
    });
  }

  /** Replaces what the annotation says; If-Match must carry its current ETag, so no one overwrites a change unseen. */
  @Put('annotations/:id')
  async replace(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.answer(res, async () => {
      const actor = await this.actor(req, res);
      const { entity } = await this.exports.annotation(id);
      this.requireCurrent(req, entity, true);
      const { motivation, body, references } = annotationInput(this.body(req), entity.definitionId, this.uris);
      const input = (await inputValidationPipe.transform({ motivation, body, references }, { type: 'body', metatype: UpdateAnnotationInput })) as UpdateAnnotationInput;
      // Checked again under the row's lock: another writer with the same ETag may have been first.
      const saved = await this.annotations.update(actor, entity.id, input, (current) => this.requireCurrent(req, current, true));
      const [updated] = await this.exports.annotationsAsJson([saved]);
      this.send(res, updated, annotationEtag(saved));
    });
  }

  @Delete('annotations/:id')
  async remove(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.answer(res, async () => {
      const actor = await this.actor(req, res);
      const { entity } = await this.exports.annotation(id);
      this.requireCurrent(req, entity, false);
      await this.annotations.remove(actor, entity.id, (current) => this.requireCurrent(req, current, false));
      res.status(HttpStatus.NO_CONTENT).end();
    });
  }

  private async page(res: Response, container: string, definitionId: string, page: number, iris: boolean): Promise<void> {
    const { total, items } = await this.exports.annotationsOf(definitionId, { offset: Math.max(0, page) * PAGE_SIZE, limit: PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (!Number.isInteger(page) || page < 0 || page >= pages) throw DomainError.notFound('noun.annotation', `${container}?page=${page}`);
    this.send(res, annotationPage(container, page, total, iris ? items.map((item) => item.id as string) : items, iris));
  }

  private send(res: Response, representation: Record<string, unknown>, etag = etagOf(representation)): void {
    res.setHeader('ETag', etag);
    // A Buffer keeps the media type as written: Express would reorder the parameters of a string's.
    res.setHeader('Content-Type', ANNOTATION_JSON_LD);
    res.send(Buffer.from(JSON.stringify(representation)));
  }

  /** Only a bearer token: a cookie would let another site write in a signed-in visitor's name. */
  private async actor(req: Request, res: Response): Promise<Actor> {
    if (!/^Bearer\s/i.test(req.headers.authorization ?? '')) throw DomainError.unauthenticated(message('annotationProtocol.bearerOnly'));
    const session = await this.auth.authenticate(req, res);
    if (!session) throw DomainError.unauthenticated(message('annotationProtocol.bearerOnly'));
    return session.actor;
  }

  private body(req: Request): Record<string, unknown> {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw DomainError.invalidInput({ annotation: [message('annotationProtocol.invalid', { problem: 'application/ld+json' })] });
    return body as Record<string, unknown>;
  }

  private requireCurrent(req: Request, current: AnnotationEntity, required: boolean): void {
    const ifMatch = req.headers['if-match'];
    if (!ifMatch) {
      if (required) throw new HttpException({ statusCode: 428, message: render(message('annotationProtocol.ifMatchRequired'), requestLanguage(req)) }, HttpStatus.PRECONDITION_REQUIRED);
      return;
    }
    const etag = annotationEtag(current);
    if (!ifMatch.split(/\s*,\s*/).some((tag) => tag === etag || tag === '*')) {
      throw new HttpException({ statusCode: 412, message: render(message('annotationProtocol.staleEtag'), requestLanguage(req)) }, HttpStatus.PRECONDITION_FAILED);
    }
  }

  private async answer(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof DomainError && error.code === DomainErrorCode.UNAUTHENTICATED) res.setHeader('WWW-Authenticate', 'Bearer');
      throw asHttpError(error, requestLanguage(res.req));
    }
  }
}
