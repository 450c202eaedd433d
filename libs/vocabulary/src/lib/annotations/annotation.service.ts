import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, authorizeMotivation, DomainError, type MaybeActor, message, refuseNulls } from '@werkkennis/kernel';
import { type Change, groupedBy, inOrderOf, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { DataSource, In } from 'typeorm';
import { DefinitionEntity } from '../definitions/definition.entity';
import { assertOwnWork } from '../own-work';
import { AnnotationEntity } from './annotation.entity';
import type { AnnotateDefinitionInput, TextQuoteInput, UpdateAnnotationInput } from './annotation.inputs';
import { anchorPassage, quoteOf, type TextQuote, type TextSpan } from './anchoring';

/** Annotations are not searched; the trail files them under their author's organisation. */
const annotationChange = (actor: Actor, before: AnnotationEntity | null, after: AnnotationEntity | null): Change => ({
  subjectType: 'ANNOTATION',
  subjectId: (after ?? before)!.id,
  organizationId: actor.organizationId,
  before,
  after,
  reindex: [],
});

/** Annotations by researchers and practitioners on definitions, in threads, optionally on a quoted span. */
@Injectable()
export class AnnotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: UnitOfWork,
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
    return this.writes.run(actor, 'annotation.add', async (write) => {
      authorizeMotivation(write.actor, input.motivation);
      const definition = await write.load(DefinitionEntity, input.definitionId, 'noun.definition');
      if (input.replyToId) await this.refuseStrayReply(write, input.replyToId, definition.id, !!input.quote);
      const quote = input.quote ? this.quoteIn(definition.text, input.quote) : null;
      const saved = await write.manager.save(
        write.manager.create(AnnotationEntity, {
          definitionId: definition.id,
          definitionVersion: definition.version,
          replyToId: input.replyToId ?? null,
          motivation: input.motivation,
          body: input.body,
          references: input.references ?? [],
          quoteExact: quote?.exact ?? null,
          quotePrefix: quote?.prefix ?? '',
          quoteSuffix: quote?.suffix ?? '',
          quoteStart: quote?.start ?? null,
          quoteEnd: quote?.end ?? null,
          authorId: write.actor.userId,
        }),
      );
      write.record(annotationChange(write.actor, null, saved));
      return saved;
    });
  }

  /**
   * Changes what the annotation says; a real change marks it as edited. `expect` checks the
   * annotation as it is now, under its row lock (e.g. an HTTP If-Match), before anything changes.
   */
  update(actor: MaybeActor, id: string, input: UpdateAnnotationInput, expect?: (current: AnnotationEntity) => void): Promise<AnnotationEntity> {
    return this.writes.run(actor, 'annotation.update', async (write) => {
      const annotation = await write.load(AnnotationEntity, id, 'noun.annotation', { lock: true });
      expect?.(annotation);
      assertOwnWork(write.actor, 'annotation.update', { authorId: annotation.authorId }, 'work.annotation');
      refuseNulls(input, ['motivation', 'body', 'references']);
      // An annotation keeps the motivation it has; a new one must be open to this role.
      if (input.motivation && input.motivation !== annotation.motivation) authorizeMotivation(write.actor, input.motivation);
      const next = { motivation: input.motivation ?? annotation.motivation, body: input.body ?? annotation.body, references: input.references ?? annotation.references };
      const unchanged = next.motivation === annotation.motivation && next.body === annotation.body && next.references.join('\n') === annotation.references.join('\n');
      if (unchanged) return annotation;
      const before = { ...annotation };
      // Readers see that it was edited, and when: replies may answer what it said before.
      const saved = await write.manager.save(Object.assign(annotation, next, { editedAt: new Date() }));
      write.record(annotationChange(write.actor, before, saved));
      return saved;
    });
  }

  /** Removes the annotation and the replies in its thread; returns its id. `expect` as for update. */
  remove(actor: MaybeActor, id: string, expect?: (current: AnnotationEntity) => void): Promise<string> {
    return this.writes.run(actor, 'annotation.delete', async (write) => {
      const annotation = await write.load(AnnotationEntity, id, 'noun.annotation', { lock: true });
      expect?.(annotation);
      assertOwnWork(write.actor, 'annotation.delete', { authorId: annotation.authorId }, 'work.annotation');
      await write.manager.delete(AnnotationEntity, { id: annotation.id });
      // What was removed stays readable in the trail.
      write.record(annotationChange(write.actor, annotation, null));
      return annotation.id;
    });
  }

  /** A reply answers an annotation on the same definition, and targets that annotation rather than a quote. */
  private async refuseStrayReply(write: WriteContext, replyToId: string, definitionId: string, quoted: boolean): Promise<void> {
    const parent = await write.load(AnnotationEntity, replyToId, 'noun.annotation');
    if (parent.definitionId !== definitionId) {
      throw DomainError.invalidInput({ replyToId: [message('validation.replySameDefinition')] });
    }
    if (quoted) throw DomainError.invalidInput({ quote: [message('validation.replyWithoutQuote')] });
  }

  /**
   * The quote as found in the current text (a selection in the rendered text may differ a little
   * from the Markdown source), with the surroundings and position that let it survive later edits.
   */
  private quoteIn(text: string, input: TextQuoteInput): TextQuote & TextSpan {
    const hint = input.start === undefined ? null : { start: input.start, end: input.start + input.exact.length };
    const anchor = anchorPassage(text, { exact: input.exact, prefix: input.prefix ?? '', suffix: input.suffix ?? '' }, hint);
    if (anchor.start === null) throw DomainError.invalidInput({ 'quote.exact': [message('validation.quoteNotFound')] });
    return { ...quoteOf(text, anchor), start: anchor.start, end: anchor.end };
  }
}
