import { Injectable } from '@nestjs/common';
import { authorizeRole, DomainError, type MaybeActor, message } from '@werkkennis/kernel';
import { UnitOfWork } from '@werkkennis/persistence';
import { VocabularyUris } from '../vocabulary-uris';
import { readSkos, TurtleSyntaxError } from './skos-reader';
import { type ImportReport, VocabularyMerge } from './vocabulary-merge';

/** Imports a SKOS Turtle file (admins): merges by URI in one transaction, so a failure leaves nothing half-imported. */
@Injectable()
export class VocabularyImportService {
  constructor(
    private readonly writes: UnitOfWork,
    private readonly uris: VocabularyUris,
  ) {}

  import(actor: MaybeActor, turtle: string): Promise<ImportReport> {
    // Who may import is checked before the file is read, so a refusal costs no parsing.
    authorizeRole(actor, 'vocabulary.import');
    const { concepts, collections } = this.read(turtle);
    return this.writes.run(actor, 'vocabulary.import', (write) => new VocabularyMerge(write, this.uris).run(concepts, collections));
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
      throw DomainError.invalidInput({ turtle: [message('validation.noConcepts')] });
    }
    return read;
  }
}
