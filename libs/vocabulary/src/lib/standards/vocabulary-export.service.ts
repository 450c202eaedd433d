import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@werkkennis/identity';
import { DomainError } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { linkedIds } from '@werkkennis/persistence';
import type { Quad } from 'n3';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AnnotationEntity } from '../annotations/annotation.entity';
import { DefinitionEntity, DefinitionVersionEntity } from '../definitions/definition.entity';
import { COLLECTION_MEMBERS, TERM_COLLECTION_MEMBERS, TermCollectionEntity, TermEntity, TermRelationEntity } from '../terms/term.entity';
import { TermService } from '../terms/term.service';
import { VocabularyUris } from '../vocabulary-uris';
import { type AnnotationJson, annotationJson, annotationQuads, vocabularyGraph, type VocabularySnapshot } from './skos-document';

/**
 * The vocabulary as RDF graphs: the whole vocabulary, one term (with its annotations), one
 * collection, one annotation. Serialising them (Turtle, JSON-LD) is the caller's choice.
 */
@Injectable()
export class VocabularyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly termService: TermService,
    private readonly uris: VocabularyUris,
  ) {}

  /**
   * The graph of the vocabulary: every term, definition, source, version and collection; no
   * annotations. Read through the given manager inside a transaction (an import compares its file with it).
   */
  async vocabularyGraph(manager: EntityManager = this.dataSource.manager): Promise<Quad[]> {
    const terms = await manager.find(TermEntity, { order: { label: 'ASC' } });
    return vocabularyGraph(await this.snapshot(terms, { withAnnotations: false }, manager), this.uris);
  }

  /** The graph of one term: its definitions with their provenance, collections, neighbours, and its annotations. */
  async termGraph(slug: string): Promise<Quad[]> {
    return this.graphWithAnnotations([await this.termService.bySlug(slug)]);
  }

  /** Everything published, the vocabulary and every annotation, as one graph: what the SPARQL endpoint answers from. */
  async publishedGraph(): Promise<Quad[]> {
    return this.graphWithAnnotations(await this.dataSource.getRepository(TermEntity).find({ order: { label: 'ASC' } }));
  }

  /** A definition is described with the term it defines. */
  async definitionGraph(id: string): Promise<{ termSlug: string; quads: Quad[] }> {
    const definition = await this.definition(id);
    const term = await this.dataSource.getRepository(TermEntity).findOneByOrFail({ id: definition.termId });
    return { termSlug: term.slug, quads: await this.graphWithAnnotations([term]) };
  }

  /** A collection with its members described in full. */
  async collectionGraph(slug: string): Promise<Quad[]> {
    const collection = await this.dataSource.getRepository(TermCollectionEntity).findOneBy({ slug });
    if (!collection) throw DomainError.notFound('noun.collection', slug);
    const memberIds = (await linkedIds(this.dataSource.manager, COLLECTION_MEMBERS, [collection.id])).get(collection.id) ?? [];
    const members = await this.dataSource.getRepository(TermEntity).find({ where: { id: In(memberIds) }, order: { label: 'ASC' } });
    return vocabularyGraph(await this.snapshot(members, { withAnnotations: false, collectionIds: [collection.id] }), this.uris);
  }

  async definition(id: string): Promise<DefinitionEntity> {
    const definition = isUuid(id) ? await this.dataSource.getRepository(DefinitionEntity).findOneBy({ id }) : null;
    if (!definition) throw DomainError.notFound('noun.definition', id);
    return definition;
  }

  /** One annotation in the Web Annotation model, with the slug of the term it is about. */
  async annotation(id: string): Promise<{ json: AnnotationJson; termSlug: string; entity: AnnotationEntity }> {
    const entity = isUuid(id) ? await this.dataSource.getRepository(AnnotationEntity).findOneBy({ id }) : null;
    if (!entity) throw DomainError.notFound('noun.annotation', id);
    const [json] = await this.annotationsAsJson([entity]);
    const definition = await this.definition(entity.definitionId);
    const term = await this.dataSource.getRepository(TermEntity).findOneByOrFail({ id: definition.termId });
    return { json, termSlug: term.slug, entity };
  }

  /** The same graph as the annotation's JSON-LD. */
  async annotationGraph(id: string): Promise<Quad[]> {
    return annotationQuads([(await this.annotation(id)).json], { withOwnMotivations: false });
  }

  /** A definition's annotations, replies included, oldest first, as Web Annotations. */
  async annotationsOf(definitionId: string, page: { offset: number; limit: number }): Promise<{ total: number; items: AnnotationJson[] }> {
    const [rows, total] = await this.dataSource.getRepository(AnnotationEntity).findAndCount({
      where: { definitionId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { total, items: await this.annotationsAsJson(rows) };
  }

  async annotationsAsJson(annotations: AnnotationEntity[]): Promise<AnnotationJson[]> {
    const authors = await this.dataSource.getRepository(UserEntity).find({ where: { id: In(annotations.map((row) => row.authorId)) }, select: { id: true, name: true } });
    return annotations.map((annotation) => annotationJson(annotation, authors.find((author) => author.id === annotation.authorId), this.uris));
  }

  private async graphWithAnnotations(terms: TermEntity[]): Promise<Quad[]> {
    const snapshot = await this.snapshot(terms, { withAnnotations: true });
    return [...vocabularyGraph(snapshot, this.uris), ...(await annotationQuads(await this.annotationsAsJson(snapshot.annotations), { withOwnMotivations: true }))];
  }

  private async snapshot(
    terms: TermEntity[],
    options: { withAnnotations: boolean; collectionIds?: string[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VocabularySnapshot> {
    const termIds = terms.map((term) => term.id);
    const relations = await manager.find(TermRelationEntity, { where: { termId: In(termIds) }, order: { relatedTermId: 'ASC', kind: 'ASC' } });
    const described = new Set(termIds);
    const relatedIds = [...new Set(relations.map((row) => row.relatedTermId))].filter((id) => !described.has(id));
    // linkedIds reads with IN (...), which an empty vocabulary would leave empty.
    const collectionsOf = termIds.length ? await linkedIds(manager, TERM_COLLECTION_MEMBERS, termIds) : new Map<string, string[]>();
    const memberships = [...collectionsOf]
      .flatMap(([termId, collectionIds]) => collectionIds.map((collectionId) => ({ termId, collectionId })))
      .filter((row) => !options.collectionIds || options.collectionIds.includes(row.collectionId));
    const definitions = await manager.find(DefinitionEntity, { where: { termId: In([...termIds, ...relatedIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const ownDefinitionIds = definitions.filter((definition) => described.has(definition.termId)).map((definition) => definition.id);
    const versions = await manager.find(DefinitionVersionEntity, { where: { definitionId: In(ownDefinitionIds) }, order: { version: 'ASC' } });
    const annotations = options.withAnnotations
      ? await manager.find(AnnotationEntity, { where: { definitionId: In(ownDefinitionIds) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const ownDefinitions = definitions.filter((definition) => described.has(definition.termId));
    const organizationIds = [...new Set(ownDefinitions.map((definition) => definition.organizationId).filter((id): id is string => !!id))];
    const peopleIds = [...new Set([...ownDefinitions.map((definition) => definition.authorId), ...versions.map((version) => version.changedById)])];
    return {
      terms,
      relations,
      relatedTerms: await manager.find(TermEntity, { where: { id: In(relatedIds) }, order: { label: 'ASC' } }),
      collections: await manager.find(TermCollectionEntity, { where: { id: In(memberships.map((row) => row.collectionId)) }, order: { label: 'ASC' } }),
      memberships,
      definitions,
      versions,
      organizations: await manager.find(OrganizationEntity, { where: { id: In(organizationIds) }, select: { id: true, slug: true, name: true } }),
      // Only what is public of a person: the name.
      people: await manager.find(UserEntity, { where: { id: In(peopleIds) }, select: { id: true, name: true } }),
      annotations,
    };
  }
}

/** Ids in our IRIs are UUIDs; anything else cannot be one of ours (and must not reach a uuid column). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
