import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@werkkennis/kernel';
import { VocabularyExportService } from './vocabulary-export.service';

const JSON_LD = 'application/ld+json; charset=utf-8';

/** Stable URLs for the vocabulary in the standards: SKOS as Turtle and JSON-LD, and one term with its Web Annotations. */
@Controller()
export class VocabularyExportController {
  constructor(private readonly exports: VocabularyExportService) {}

  @Get('vocabulary.ttl')
  @Header('Content-Type', 'text/turtle; charset=utf-8')
  turtle() {
    return this.exports.vocabularyTurtle();
  }

  @Get('vocabulary.jsonld')
  @Header('Content-Type', JSON_LD)
  jsonLd() {
    return this.exports.vocabularyJsonLd();
  }

  @Get('terms/:slug.jsonld')
  @Header('Content-Type', JSON_LD)
  async term(@Param('slug') slug: string) {
    try {
      return await this.exports.termJsonLd(slug);
    } catch (error) {
      // Outside GraphQL a refusal is an HTTP status.
      if (error instanceof DomainError && error.code === DomainErrorCode.NOT_FOUND) throw new NotFoundException(error.message);
      throw error;
    }
  }
}
