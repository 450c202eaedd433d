import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  authorize,
  DomainError,
  type MaybeActor,
  message,
  type Page,
  refuseNulls,
  slugify,
  TermRelationKind,
  TermStatus,
} from '@werkkennis/kernel';
import { type Change, freeSlug, groupedBy, inOrderOf, linkedIds, paginate, retryOnSlugConflict, UnitOfWork } from '@werkkennis/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CreateTermCollectionInput, CreateTermInput, TermRelationInput, UpdateTermInput } from './term.inputs';
import { COLLECTION_MEMBERS, INVERSE_TERM_RELATION, TERM_COLLECTION_MEMBERS, TermCollectionEntity, TermEntity, TermRelationEntity } from './term.entity';

const RELATION_ORDER = [TermRelationKind.BROADER, TermRelationKind.NARROWER, TermRelationKind.RELATED];

/** A term's search document also lists its related terms, so theirs change with it. */
const termChange = (actor: Actor, before: object | null, after: TermEntity, relatedTermIds: string[]): Change => ({
  subjectType: 'TERM',
  subjectId: after.id,
  organizationId: actor.organizationId,
  before,
  after,
  reindex: [after.id, ...relatedTermIds].map((id) => ({ type: 'TERM' as const, id })),
});

/** Terms as SKOS concepts: labels, notes, status, collections and broader/narrower/related terms. */
@Injectable()
export class TermService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: UnitOfWork,
  ) {}

  async bySlug(slug: string): Promise<TermEntity> {
    const term = await this.dataSource.getRepository(TermEntity).findOneBy({ slug });
    if (!term) throw DomainError.notFound('noun.term', slug);
    return term;
  }

  list(first: number, after?: string): Promise<Page<TermEntity>> {
    const query = this.dataSource.getRepository(TermEntity).createQueryBuilder('term');
    return paginate(query, { column: 'term.label', property: 'label', direction: 'ASC' }, first, after);
  }

  async byIds(ids: readonly string[]): Promise<(TermEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(TermEntity).findBy({ id: In([...ids]) }));
  }

  /** For DataLoader: each term's relations with the related term, broader first. */
  async relationsOf(termIds: readonly string[]): Promise<{ kind: TermRelationKind; term: TermEntity }[][]> {
    const rows = await this.dataSource.getRepository(TermRelationEntity).find({ where: { termId: In([...termIds]) }, relations: { relatedTerm: true } });
    return groupedBy(termIds, rows, (row) => row.termId).map((group) =>
      group
        .sort((a, b) => RELATION_ORDER.indexOf(a.kind) - RELATION_ORDER.indexOf(b.kind) || a.relatedTerm!.label.localeCompare(b.relatedTerm!.label, 'nl'))
        .map((row) => ({ kind: row.kind, term: row.relatedTerm! })),
    );
  }

  /** For DataLoader: the collections each term belongs to. */
  async collectionsOf(termIds: readonly string[]): Promise<TermCollectionEntity[][]> {
    const linked = await linkedIds(this.dataSource.manager, TERM_COLLECTION_MEMBERS, termIds);
    const collections = await this.dataSource.getRepository(TermCollectionEntity).findBy({ id: In([...new Set([...linked.values()].flat())]) });
    const byId = new Map(collections.map((collection) => [collection.id, collection]));
    return termIds.map((id) => (linked.get(id) ?? []).map((collectionId) => byId.get(collectionId)!).sort((a, b) => a.label.localeCompare(b.label, 'nl')));
  }

  /** For DataLoader: the terms in each collection, alphabetically. */
  async membersOf(collectionIds: readonly string[]): Promise<TermEntity[][]> {
    const linked = await linkedIds(this.dataSource.manager, COLLECTION_MEMBERS, collectionIds);
    const terms = await this.dataSource.getRepository(TermEntity).findBy({ id: In([...new Set([...linked.values()].flat())]) });
    const byId = new Map(terms.map((term) => [term.id, term]));
    return collectionIds.map((id) => (linked.get(id) ?? []).map((termId) => byId.get(termId)!).sort((a, b) => a.label.localeCompare(b.label, 'nl')));
  }

  collections(): Promise<TermCollectionEntity[]> {
    return this.dataSource.getRepository(TermCollectionEntity).find({ order: { label: 'ASC' } });
  }

  /** Researchers propose (status PROPOSED); only admins choose another status. */
  create(actor: MaybeActor, input: CreateTermInput): Promise<TermEntity> {
    return retryOnSlugConflict(slugify(input.label), (slugBase) =>
      this.writes.run(actor, 'term.create', async (write) => {
        const { manager } = write;
        if (input.status && input.status !== TermStatus.PROPOSED) authorize(write.actor, 'term.setStatus');
        await this.refuseTakenLabel(manager, input.label);
        const term = manager.create(TermEntity, {
          slug: await freeSlug(manager, TermEntity, slugBase),
          label: input.label,
          labelEn: input.labelEn ?? null,
          altLabelsNl: input.altLabelsNl ?? [],
          altLabelsEn: input.altLabelsEn ?? [],
          abbreviations: input.abbreviations ?? [],
          scopeNote: input.scopeNote ?? '',
          plainExplanation: input.plainExplanation ?? '',
          status: input.status ?? TermStatus.PROPOSED,
          uri: null,
          collections: await this.collectionsBySlug(manager, input.collectionSlugs ?? []),
        });
        const saved = await manager.save(term);
        const related = await this.replaceRelations(manager, saved.id, input.relations ?? []);
        write.record(termChange(write.actor, null, saved, related));
        return saved;
      }),
    );
  }

  /** The slug stays as it is, so links and URIs to the term keep working. */
  update(actor: MaybeActor, id: string, input: UpdateTermInput): Promise<TermEntity> {
    return this.writes.run(actor, 'term.update', async (write) => {
      const { manager } = write;
      if (input.status !== undefined) authorize(write.actor, 'term.setStatus');
      const term = await write.load(TermEntity, id, 'noun.term', { relations: { collections: true } });
      refuseNulls(input, ['label', 'altLabelsNl', 'altLabelsEn', 'abbreviations', 'scopeNote', 'plainExplanation', 'status', 'collectionSlugs', 'relations']);
      if (input.label !== undefined && input.label !== term.label) await this.refuseTakenLabel(manager, input.label, term.id);
      const { collectionSlugs, relations, ...fields } = input;
      const before = { ...term };
      Object.assign(term, fields);
      if (collectionSlugs) term.collections = await this.collectionsBySlug(manager, collectionSlugs);
      const saved = await manager.save(term);
      const related = relations ? await this.replaceRelations(manager, term.id, relations) : [];
      write.record(termChange(write.actor, before, saved, related));
      return saved;
    });
  }

  createCollection(actor: MaybeActor, input: CreateTermCollectionInput): Promise<TermCollectionEntity> {
    return retryOnSlugConflict(slugify(input.label), (slugBase) =>
      this.writes.run(actor, 'termCollection.create', async (write) => {
        const saved = await write.manager.save(
          write.manager.create(TermCollectionEntity, { slug: await freeSlug(write.manager, TermCollectionEntity, slugBase), label: input.label, labelEn: input.labelEn ?? null, uri: null }),
        );
        // A new collection has no members yet, so no search document changes.
        write.record({ subjectType: 'TERM_COLLECTION', subjectId: saved.id, organizationId: write.actor.organizationId, before: null, after: saved, reindex: [] });
        return saved;
      }),
    );
  }

  private async refuseTakenLabel(manager: EntityManager, label: string, ownId?: string): Promise<void> {
    const query = manager.createQueryBuilder(TermEntity, 'term').where('lower(term.label) = lower(:label)', { label });
    if (ownId) query.andWhere('term.id <> :ownId', { ownId });
    const taken = await query.getOne();
    if (taken) {
      throw DomainError.invalidInput({ label: [message('validation.termExists', { label: taken.label, slug: taken.slug })] });
    }
  }

  private async collectionsBySlug(manager: EntityManager, slugs: string[]): Promise<TermCollectionEntity[]> {
    if (!slugs.length) return [];
    const found = await manager.findBy(TermCollectionEntity, { slug: In(slugs) });
    const unknown = slugs.filter((slug) => !found.some((collection) => collection.slug === slug));
    if (unknown.length) throw DomainError.invalidInput({ collectionSlugs: [message('validation.unknownCollections', { slugs: unknown.join(', ') })] });
    return found;
  }

  /**
   * Replaces the term's relations by the given ones, in both directions. Returns the other
   * terms whose relations changed with them.
   */
  private async replaceRelations(manager: EntityManager, termId: string, relations: TermRelationInput[]): Promise<string[]> {
    const targets = [...new Set(relations.map((relation) => relation.termId))];
    if (targets.includes(termId)) throw DomainError.invalidInput({ relations: [message('validation.termRelatedToItself')] });
    const existing = targets.length ? await manager.findBy(TermEntity, { id: In(targets) }) : [];
    const unknown = targets.filter((target) => !existing.some((term) => term.id === target));
    if (unknown.length) throw DomainError.invalidInput({ relations: [message('validation.unknownTerms', { ids: unknown.join(', ') })] });
    const before = await manager.findBy(TermRelationEntity, { termId });
    await manager.delete(TermRelationEntity, { termId });
    await manager.delete(TermRelationEntity, { relatedTermId: termId });
    const rows = relations.flatMap((relation) => [
      { termId, relatedTermId: relation.termId, kind: relation.kind },
      { termId: relation.termId, relatedTermId: termId, kind: INVERSE_TERM_RELATION[relation.kind] },
    ]);
    if (rows.length) await manager.createQueryBuilder().insert().into(TermRelationEntity).values(rows).orIgnore().execute();
    return [...new Set([...before.map((row) => row.relatedTermId), ...targets])];
  }
}
