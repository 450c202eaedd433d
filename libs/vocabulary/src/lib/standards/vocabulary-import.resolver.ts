import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type GraphQLContext, requestLanguage } from '@werkkennis/api-core';
import { type MaybeActor, render } from '@werkkennis/kernel';
import { VocabularyFileFormat } from './skos-reader';
import { VocabularyImportReportModel } from './vocabulary-import.model';
import { type ImportReport, VocabularyImportService } from './vocabulary-import.service';

const FORMAT = { type: () => VocabularyFileFormat, nullable: true, description: 'Turtle of JSON-LD; zonder opgave herkend aan de inhoud (JSON-LD begint met { of [).' };

@Resolver()
export class VocabularyImportResolver {
  constructor(private readonly imports: VocabularyImportService) {}

  @Mutation(() => VocabularyImportReportModel, {
    description:
      'Lees een SKOS-bestand in (beheer), in Turtle of JSON-LD. Voegt samen op URI; een onleesbaar bestand wordt met regelnummer geweigerd en er wordt dan niets ingelezen. Bekijk eerst previewVocabularyImport.',
  })
  async importVocabulary(
    @CurrentActor() actor: MaybeActor,
    @Context() context: GraphQLContext,
    @Args('turtle', { description: 'De inhoud van het bestand (Turtle of JSON-LD).' }) content: string,
    @Args('format', FORMAT) format: VocabularyFileFormat | null,
  ) {
    return this.rendered(await this.imports.import(actor, content, { format }), context);
  }

  @Mutation(() => VocabularyImportReportModel, {
    description: 'Wat importVocabulary met dit bestand zou doen (beheer): toevoegen, wijzigen, weigeren en niet bewaren, met redenen. Verandert niets.',
  })
  async previewVocabularyImport(
    @CurrentActor() actor: MaybeActor,
    @Context() context: GraphQLContext,
    @Args('file', { description: 'De inhoud van het bestand (Turtle of JSON-LD).' }) content: string,
    @Args('format', FORMAT) format: VocabularyFileFormat | null,
  ) {
    return this.rendered(await this.imports.import(actor, content, { format, preview: true }), context);
  }

  /** Reasons in the language the request asks for. */
  private rendered(report: ImportReport, { req }: GraphQLContext): VocabularyImportReportModel {
    const language = requestLanguage(req);
    return {
      ...report,
      refused: report.refused.map((item) => ({ ...item, reason: render(item.reason, language) })),
      notKept: report.notKept.map((triple) => ({ ...triple, reason: render(triple.reason, language) })),
    };
  }
}
