import { Injectable } from '@nestjs/common';
import { authorize, DomainError, type MaybeActor } from '@werkkennis/kernel';
import { TransactionRunner } from '@werkkennis/persistence';
import { VocabularyUris } from '../vocabulary-uris';
import { readSkos, TurtleSyntaxError } from './skos-reader';
import { type ImportReport, VocabularyMerge } from './vocabulary-merge';

/** Imports a SKOS Turtle file (admins): merges by URI in one transaction, so a failure leaves nothing half-imported. */
@Injectable()
export class VocabularyImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly uris: VocabularyUris,
  ) {}

  import(actor: MaybeActor, turtle: string): Promise<ImportReport> {
    const importer = authorize(actor, 'vocabulary.import');
    const { concepts, collections } = this.read(turtle);
    return this.transactions.run((manager) => new VocabularyMerge(manager, this.uris, importer).run(concepts, collections));
  }

  private read(turtle: string): ReturnType<typeof readSkos> {
    let read: ReturnType<typeof readSkos>;
    try {
      read = readSkos(turtle, this.uris.base);
    } catch (error) {
      if (!(error instanceof TurtleSyntaxError)) throw error;
      const where = error.line ? `Regel ${error.line}` : 'Het bestand';
      throw DomainError.invalidInput({ turtle: [`${where} is geen geldige Turtle: ${error.reason}. Verbeter het bestand en importeer opnieuw; er is niets ingelezen.`] });
    }
    if (!read.concepts.length && !read.collections.length) {
      throw DomainError.invalidInput({ turtle: ['Het bestand bevat geen skos:Concept en geen skos:Collection; er is niets ingelezen.'] });
    }
    return read;
  }
}
