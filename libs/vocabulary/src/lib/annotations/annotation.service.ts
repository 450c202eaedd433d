import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { authorize, authorizeRole, DomainError, isUuid, type MaybeActor, refuseNulls } from '@werkkennis/kernel';
import { groupedBy, inOrderOf, recordAudit, TransactionRunner } from '@werkkennis/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import { DefinitionEntity } from '../definitions/definition.entity';
import { assertOwnWork } from '../own-work';
import { AnnotationEntity } from './annotation.entity';
import type { AnnotateDefinitionInput, TextQuoteInput, UpdateAnnotationInput } from './annotation.inputs';
import { locateQuote, quoteOf, type TextQuote } from './text-quote';

/** Researchers' annotations on definitions, in threads, optionally on a quoted span. */
@Injectable()
export class AnnotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** For DataLoader: each definition's annotations, replies included, in the order they were made. */
  async annotationsOf(definitionIds: readonly string[]): Promise<AnnotationEntity[][]> {
    const rows = await this.dataSource.getRepository(AnnotationEntity).find({
      where: { definitionId: In([...definitionIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupedBy(definitionIds, rows, (row) => row.definitionId);
  }

  /** For DataLoader: the direct replies to each annotation, oldest first. */
  async repliesTo(annotationIds: readonly string[]): Promise<AnnotationEntity[][]> {
    const rows = await this.dataSource.getRepository(AnnotationEntity).find({
      where: { replyToId: In([...annotationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupedBy(annotationIds, rows, (row) => row.replyToId!);
  }

  async byIds(ids: readonly string[]): Promise<(AnnotationEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(AnnotationEntity).findBy({ id: In([...ids]) }));
  }

  annotate(actor: MaybeActor, input: AnnotateDefinitionInput): Promise<AnnotationEntity> {
    const author = authorize(actor, 'annotation.add');
    return this.transactions.run(async (manager) => {
      const definition = isUuid(input.definitionId) ? await manager.findOneBy(DefinitionEntity, { id: input.definitionId }) : null;
      if (!definition) throw DomainError.notFound('Definitie', input.definitionId);
      if (input.replyToId) await this.refuseStrayReply(manager, input.replyToId, definition.id, !!input.quote);
      const quote = input.quote ? this.quoteIn(definition.text, input.quote) : null;
      const saved = await manager.save(
        manager.create(AnnotationEntity, {
          definitionId: definition.id,
          replyToId: input.replyToId ?? null,
          motivation: input.motivation,
          body: input.body,
          references: input.references ?? [],
          quoteExact: quote?.exact ?? null,
          quotePrefix: quote?.prefix ?? '',
          quoteSuffix: quote?.suffix ?? '',
          authorId: author.userId,
        }),
      );
      await recordAudit(manager, { actorId: author.userId, organizationId: author.organizationId, action: 'annotation.add', subjectType: 'ANNOTATION', subjectId: saved.id, before: null, after: saved });
      return saved;
    });
  }

  update(actor: MaybeActor, id: string, input: UpdateAnnotationInput): Promise<AnnotationEntity> {
    const editor = authorizeRole(actor, 'annotation.update');
    refuseNulls(input, ['motivation', 'body', 'references']);
    return this.transactions.run(async (manager) => {
      const annotation = await this.existing(manager, id);
      assertOwnWork(editor, annotation.authorId, 'annotatie');
      const before = { ...annotation };
      const saved = await manager.save(Object.assign(annotation, input));
      await recordAudit(manager, { actorId: editor.userId, organizationId: editor.organizationId, action: 'annotation.update', subjectType: 'ANNOTATION', subjectId: saved.id, before, after: saved });
      return saved;
    });
  }

  /** Removes the annotation and the replies in its thread; returns its id. */
  remove(actor: MaybeActor, id: string): Promise<string> {
    const editor = authorizeRole(actor, 'annotation.delete');
    return this.transactions.run(async (manager) => {
      const annotation = await this.existing(manager, id);
      assertOwnWork(editor, annotation.authorId, 'annotatie');
      await manager.delete(AnnotationEntity, { id: annotation.id });
      // What was removed stays readable in the trail.
      await recordAudit(manager, { actorId: editor.userId, organizationId: editor.organizationId, action: 'annotation.delete', subjectType: 'ANNOTATION', subjectId: annotation.id, before: annotation, after: null });
      return annotation.id;
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<AnnotationEntity> {
    const annotation = isUuid(id) ? await manager.findOneBy(AnnotationEntity, { id }) : null;
    if (!annotation) throw DomainError.notFound('Annotatie', id);
    return annotation;
  }

  /** A reply answers an annotation on the same definition, and targets that annotation rather than a quote. */
  private async refuseStrayReply(manager: EntityManager, replyToId: string, definitionId: string, quoted: boolean): Promise<void> {
    const parent = await this.existing(manager, replyToId);
    if (parent.definitionId !== definitionId) {
      throw DomainError.invalidInput({ replyToId: ['Antwoord op een annotatie bij dezelfde definitie.'] });
    }
    if (quoted) throw DomainError.invalidInput({ quote: ['Een antwoord citeert niet; citeer in een nieuwe annotatie bij de definitie.'] });
  }

  /** The quote as found in the current text, with the surroundings that let it survive later edits. */
  private quoteIn(text: string, input: TextQuoteInput): TextQuote {
    const span = locateQuote(text, { exact: input.exact, prefix: input.prefix ?? '', suffix: input.suffix ?? '' });
    if (!span) throw DomainError.invalidInput({ 'quote.exact': ['Deze woorden staan niet in de huidige versie van de definitie; kopieer ze letterlijk.'] });
    return quoteOf(text, span);
  }
}
