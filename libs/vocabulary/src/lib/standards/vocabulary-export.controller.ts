import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { requestLanguage } from '@werkkennis/api-core';
import type { Request, Response } from 'express';
import { VocabularyUris } from '../vocabulary-uris';
import { annotationServiceLink } from './annotation-protocol';
import { answerGraph, asHttpError, negotiate } from './linked-data';
import { VocabularyExportService } from './vocabulary-export.service';

/**
 * The vocabulary's IRIs answer: the scheme, every concept, definition (and its versions) and
 * collection, as Turtle or JSON-LD by the Accept header or a `.ttl`/`.jsonld` suffix, and a
 * browser is sent to the web app's page. Annotations answer in the annotation protocol's
 * controller.
 */
@Controller()
export class VocabularyExportController {
  constructor(
    private readonly exports: VocabularyExportService,
    private readonly uris: VocabularyUris,
  ) {}

  @Get(['vocabulary', 'vocabulary.ttl', 'vocabulary.jsonld'])
  async scheme(@Req() req: Request, @Res() res: Response) {
    const { format } = negotiate(req, req.path.slice(1));
    await answerGraph(res, format, '/begrippen', () => this.exports.vocabularyGraph(), this.uris);
  }

  @Get('terms/:key')
  async term(@Param('key') key: string, @Req() req: Request, @Res() res: Response) {
    const { key: slug, format } = negotiate(req, key);
    await this.answer(req, () => answerGraph(res, format, `/begrippen/${encodeURIComponent(slug)}`, () => this.exports.termGraph(slug), this.uris));
  }

  @Get(['definitions/:key', 'definitions/:id/versions/:key'])
  async definition(@Param('key') key: string, @Param('id') versionOf: string | undefined, @Req() req: Request, @Res() res: Response) {
    const { key: named, format } = negotiate(req, key);
    // A version is described with its definition, which lists every version.
    const id = versionOf ?? named;
    await this.answer(req, async () => {
      const { termSlug, quads } = await this.exports.definitionGraph(id);
      res.setHeader('Link', annotationServiceLink(this.uris, id));
      await answerGraph(res, format, `/begrippen/${encodeURIComponent(termSlug)}#definitie-${id}`, async () => quads, this.uris);
    });
  }

  @Get('collections/:key')
  async collection(@Param('key') key: string, @Req() req: Request, @Res() res: Response) {
    const { key: slug, format } = negotiate(req, key);
    await this.answer(req, () => answerGraph(res, format, '/begrippen', () => this.exports.collectionGraph(slug), this.uris));
  }

  private async answer(req: Request, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      throw asHttpError(error, requestLanguage(req));
    }
  }
}
