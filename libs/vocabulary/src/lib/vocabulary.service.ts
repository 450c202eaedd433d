import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { authorize, DomainError, isUuid, type MaybeActor, type Page, TermRelationKind } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { enqueueOutbox, groupedBy, paginate, TransactionRunner } from '@werkkennis/persistence';
import { In, Repository } from 'typeorm';
import type { AddDefinitionInput, AnnotateDefinitionInput } from './vocabulary.inputs';
import { AnnotationEntity, DefinitionEntity, TermEntity, TermRelationEntity } from './vocabulary.entities';

/** Terms, their definitions per perspective, and the researchers' annotations on them. */
@Injectable()
export class VocabularyService {
  constructor(
    @InjectRepository(TermEntity) private readonly terms: Repository<TermEntity>,
    @InjectRepository(TermRelationEntity) private readonly relations: Repository<TermRelationEntity>,
    @InjectRepository(DefinitionEntity) private readonly definitions: Repository<DefinitionEntity>,
    @InjectRepository(AnnotationEntity) private readonly annotations: Repository<AnnotationEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async termBySlug(slug: string): Promise<TermEntity> {
    const term = await this.terms.findOneBy({ slug });
    if (!term) throw DomainError.notFound('Begrip', slug);
    return term;
  }

  listTerms(first: number, after?: string): Promise<Page<TermEntity>> {
    const query = this.terms.createQueryBuilder('term');
    return paginate(query, { column: 'term.label', property: 'label', direction: 'ASC' }, first, after);
  }

  async termsByIds(ids: readonly string[]): Promise<(TermEntity | null)[]> {
    const found = await this.terms.findBy({ id: In([...ids]) });
    const byId = new Map(found.map((term) => [term.id, term]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** For DataLoader: each term's relations with the related term, broader first. */
  async relationsOf(termIds: readonly string[]): Promise<{ kind: TermRelationKind; term: TermEntity }[][]> {
    const rows = await this.relations.find({ where: { termId: In([...termIds]) }, relations: { relatedTerm: true } });
    const order = [TermRelationKind.BROADER, TermRelationKind.NARROWER, TermRelationKind.RELATED];
    return groupedBy(termIds, rows, (row) => row.termId).map((group) =>
      group
        .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.relatedTerm!.label.localeCompare(b.relatedTerm!.label, 'nl'))
        .map((row) => ({ kind: row.kind, term: row.relatedTerm! })),
    );
  }

  /** For DataLoader: each term's definitions, oldest first. */
  async definitionsOf(termIds: readonly string[]): Promise<DefinitionEntity[][]> {
    const rows = await this.definitions.find({ where: { termId: In([...termIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupedBy(termIds, rows, (row) => row.termId);
  }

  /** For DataLoader: each definition's annotations, in the order they were made. */
  async annotationsOf(definitionIds: readonly string[]): Promise<AnnotationEntity[][]> {
    const rows = await this.annotations.find({
      where: { definitionId: In([...definitionIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupedBy(definitionIds, rows, (row) => row.definitionId);
  }

  addDefinition(actor: MaybeActor, input: AddDefinitionInput): Promise<DefinitionEntity> {
    const author = authorize(actor, 'definition.add');
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(TermEntity, { id: input.termId }))) throw DomainError.notFound('Begrip', input.termId);
      const organizationId = input.organizationId ?? author.organizationId;
      if (organizationId && !(await manager.existsBy(OrganizationEntity, { id: organizationId }))) {
        throw DomainError.invalidInput({ organizationId: ['Onbekende organisatie.'] });
      }
      const definition = manager.create(DefinitionEntity, {
        termId: input.termId,
        text: input.text,
        perspective: input.perspective,
        organizationId: organizationId ?? null,
        source: input.source ?? '',
        sourceUrl: input.sourceUrl ?? null,
        authorId: author.userId,
        version: 1,
      });
      const saved = await manager.save(definition);
      await enqueueOutbox(manager, { type: 'TERM', id: input.termId });
      return saved;
    });
  }

  annotate(actor: MaybeActor, input: AnnotateDefinitionInput): Promise<AnnotationEntity> {
    const author = authorize(actor, 'annotation.add');
    return this.transactions.run(async (manager) => {
      const exists = isUuid(input.definitionId) && (await manager.existsBy(DefinitionEntity, { id: input.definitionId }));
      if (!exists) throw DomainError.notFound('Definitie', input.definitionId);
      const annotation = manager.create(AnnotationEntity, {
        definitionId: input.definitionId,
        motivation: input.motivation,
        body: input.body,
        references: input.references ?? [],
        authorId: author.userId,
      });
      return manager.save(annotation);
    });
  }
}
