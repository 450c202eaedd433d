import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@werkkennis/api-core';
import type { MaybeActor } from '@werkkennis/kernel';
import { VocabularyImportReportModel } from './vocabulary-import.model';
import { VocabularyImportService } from './vocabulary-import.service';

@Resolver()
export class VocabularyImportResolver {
  constructor(private readonly imports: VocabularyImportService) {}

  @Mutation(() => VocabularyImportReportModel, {
    description: 'Lees een SKOS-bestand in Turtle in (beheer). Voegt samen op URI; een onleesbaar bestand wordt met regelnummer geweigerd en er wordt dan niets ingelezen.',
  })
  importVocabulary(@CurrentActor() actor: MaybeActor, @Args('turtle') turtle: string) {
    return this.imports.import(actor, turtle);
  }
}
