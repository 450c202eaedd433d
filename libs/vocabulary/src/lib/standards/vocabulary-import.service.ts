import { Injectable } from '@nestjs/common';
import { authorizeRole, DomainError, type MaybeActor, type Message, message } from '@werkkennis/kernel';
import { UnitOfWork } from '@werkkennis/persistence';
import { DataFactory, type Quad } from 'n3';
import { VocabularyUris } from '../vocabulary-uris';
import { NAMESPACES } from './json-ld-context';
import { formatOf, parseVocabularyFile, readSkos, type ReadVocabulary, VocabularyFileError, VocabularyFileFormat } from './skos-reader';
import { VocabularyExportService } from './vocabulary-export.service';
import { type ImportedItem, type MergeOutcome, type RefusedItem, VocabularyMerge } from './vocabulary-merge';

/** A triple of the file that the vocabulary does not keep: it would not come back in the export. */
export interface NotKeptTriple {
  subject: string;
  predicate: string;
  /** In N-Triples form: an IRI, or a literal in quotes with its language or datatype. */
  object: string;
  reason: Message;
}

export interface ImportReport {
  added: ImportedItem[];
  changed: ImportedItem[];
  refused: RefusedItem[];
  unchanged: number;
  notKept: NotKeptTriple[];
}

/** Thrown at the end of a preview so that its transaction is rolled back: nothing is written, audited or indexed. */
class PreviewOnly extends Error {
  constructor(readonly report: ImportReport) {
    super('preview');
  }
}

/** What Werkkennis keeps by itself and writes anew in every export. */
const MANAGED = new Set(
  [
    ['dcterms', 'modified'],
    ['dcterms', 'created'],
    ['dcterms', 'creator'],
    ['dcterms', 'hasVersion'],
    ['dcterms', 'isVersionOf'],
    ['owl', 'versionInfo'],
    ['skos', 'inScheme'],
    ['skos', 'topConceptOf'],
    ['skos', 'hasTopConcept'],
  ].map(([prefix, local]) => `${NAMESPACES[prefix as keyof typeof NAMESPACES]}${local}`),
);

/**
 * Imports a SKOS file in Turtle or JSON-LD (admins): merges by URI in one transaction, so a
 * failure leaves nothing half-imported. A preview runs the same merge and rolls it back. Both
 * report what was added, changed and refused, and every triple of the file that the vocabulary
 * does not keep, with the reason: the triples that the export, made inside the same
 * transaction, does not state again.
 */
@Injectable()
export class VocabularyImportService {
  constructor(
    private readonly writes: UnitOfWork,
    private readonly uris: VocabularyUris,
    private readonly exports: VocabularyExportService,
  ) {}

  async import(actor: MaybeActor, content: string, options: { format?: VocabularyFileFormat | null; preview?: boolean } = {}): Promise<ImportReport> {
    // Who may import is checked before the file is read, so a refusal costs no parsing.
    authorizeRole(actor, 'vocabulary.import');
    // The file travels as `turtle` to importVocabulary and as `file` to its preview.
    const read = await this.read(content, formatOf(content, options.format), options.preview ? 'file' : 'turtle');
    try {
      return await this.writes.run(actor, 'vocabulary.import', async (write) => {
        const outcome = await new VocabularyMerge(write, this.uris).run(read.concepts, read.collections);
        const notKept = this.notKept(read.quads, await this.exports.vocabularyGraph(write.manager), outcome);
        const report = { added: outcome.added, changed: outcome.changed, refused: outcome.refused, unchanged: outcome.unchanged, notKept };
        if (options.preview) throw new PreviewOnly(report);
        return report;
      });
    } catch (error) {
      if (error instanceof PreviewOnly) return error.report;
      throw error;
    }
  }

  private async read(content: string, format: VocabularyFileFormat, field: string): Promise<ReadVocabulary> {
    let read: ReadVocabulary;
    try {
      read = readSkos(await parseVocabularyFile(content, format, this.uris.base));
    } catch (error) {
      if (!(error instanceof VocabularyFileError)) throw error;
      throw DomainError.invalidInput({ [field]: [refusalOf(error)] });
    }
    if (!read.concepts.length && !read.collections.length) {
      throw DomainError.invalidInput({ [field]: [message('validation.noConcepts')] });
    }
    return read;
  }

  /** The file's triples that the export after the merge does not state, each with why. */
  private notKept(fileQuads: Quad[], exported: Quad[], outcome: MergeOutcome): NotKeptTriple[] {
    const kept = new Set(exported.map((statement) => `${statement.subject.id} ${statement.predicate.id} ${statement.object.id}`));
    const keptProperties = new Set(exported.map((statement) => `${statement.subject.id} ${statement.predicate.id}`));
    const keptSubjects = new Set(exported.map((statement) => statement.subject.id));
    const schemes = new Set(fileQuads.filter((statement) => statement.object.value === `${NAMESPACES.skos}ConceptScheme`).map((statement) => statement.subject.id));
    const stored = (node: string) => outcome.renamed.get(node) ?? node;
    const reasonFor = (statement: Quad, subject: string, object: string): Message => {
      const refused = outcome.refusedTriples.get(`${statement.subject.id} ${statement.predicate.id} ${statement.object.id}`) ?? outcome.refusedSubjects.get(statement.subject.id);
      if (refused) return refused;
      const { language } = statement.object as Quad['object'] & { language?: string };
      if (statement.object.termType === 'Literal' && !language && kept.has(`${subject} ${statement.predicate.id} ${DataFactory.literal(statement.object.value, 'nl').id}`)) {
        return message('vocabulary.notKept.languageTag');
      }
      if (schemes.has(statement.subject.id) || schemes.has(object)) return message('vocabulary.notKept.scheme');
      if (MANAGED.has(statement.predicate.value) || statement.predicate.value.startsWith(NAMESPACES.prov)) return message('vocabulary.notKept.managed');
      if (keptProperties.has(`${subject} ${statement.predicate.id}`)) return message('vocabulary.notKept.otherValue');
      return message(keptSubjects.has(subject) ? 'vocabulary.notKept.property' : 'vocabulary.notKept.subject');
    };
    return fileQuads.flatMap((statement) => {
      const subject = stored(statement.subject.id);
      const object = stored(statement.object.id);
      if (kept.has(`${subject} ${statement.predicate.id} ${object}`)) return [];
      return [{ subject: statement.subject.value, predicate: statement.predicate.value, object: nTriples(statement.object), reason: reasonFor(statement, subject, object) }];
    });
  }
}

function nTriples(object: Quad['object']): string {
  return object.termType === 'NamedNode' ? `<${object.value}>` : object.id;
}

function refusalOf(error: VocabularyFileError): Message {
  if (error.contextUrl) return message('vocabulary.import.remoteContext', { url: error.contextUrl });
  if (error.format === VocabularyFileFormat.JSON_LD) return message('vocabulary.import.jsonLdInvalid', { reason: error.reason });
  return error.line ? message('vocabulary.import.turtleSyntaxAtLine', { line: error.line, reason: error.reason }) : message('vocabulary.import.turtleSyntax', { reason: error.reason });
}
