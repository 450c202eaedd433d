import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@werkkennis/identity';
import { OrganizationEntity } from '@werkkennis/organizations';
import { linkedIds } from '@werkkennis/persistence';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { DataSource, In } from 'typeorm';
import { AnnotationEntity } from '../annotations/annotation.entity';
import { DefinitionEntity } from '../definitions/definition.entity';
import { TERM_COLLECTION_MEMBERS, TermCollectionEntity, TermEntity, TermRelationEntity } from '../terms/term.entity';
import { TermService } from '../terms/term.service';
import { VocabularyUris } from '../vocabulary-uris';
import { type JsonLdDocument, vocabularyDocument, type VocabularySnapshot } from './skos-document';
import { toTurtle } from './turtle';

/** The vocabulary in the standards: SKOS as Turtle and JSON-LD, one term with its annotations as JSON-LD. */
@Injectable()
export class VocabularyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly termService: TermService,
    private readonly uris: VocabularyUris,
  ) {}

  async vocabularyJsonLd(): Promise<JsonLdDocument> {
    const terms = await this.dataSource.getRepository(TermEntity).find({ order: { label: 'ASC' } });
    return vocabularyDocument(await this.snapshot(terms, { withAnnotations: false }), this.uris);
  }

  async vocabularyTurtle(): Promise<string> {
    return toTurtle(await this.vocabularyJsonLd(), this.uris);
  }

  /** Everything published, the vocabulary and every annotation, as one graph: what the SPARQL endpoint answers from. */
  async publishedGraph(): Promise<Quad[]> {
    const terms = await this.dataSource.getRepository(TermEntity).find({ order: { label: 'ASC' } });
    const document = vocabularyDocument(await this.snapshot(terms, { withAnnotations: true }), this.uris);
    return new Parser({ format: 'N-Quads' }).parse(await jsonld.toRDF(document, { format: 'application/n-quads', safe: true }));
  }

  /** One term with its definitions, collections, neighbours by URI, and its annotations as W3C Web Annotations. */
  async termJsonLd(slug: string): Promise<JsonLdDocument> {
    const term = await this.termService.bySlug(slug);
    return vocabularyDocument(await this.snapshot([term], { withAnnotations: true }), this.uris);
  }

  private async snapshot(terms: TermEntity[], options: { withAnnotations: boolean }): Promise<VocabularySnapshot> {
    const termIds = terms.map((term) => term.id);
    const manager = this.dataSource.manager;
    const relations = await manager.find(TermRelationEntity, { where: { termId: In(termIds) }, order: { relatedTermId: 'ASC', kind: 'ASC' } });
    const described = new Set(termIds);
    const relatedIds = [...new Set(relations.map((row) => row.relatedTermId))].filter((id) => !described.has(id));
    // linkedIds reads with IN (...), which an empty vocabulary would leave empty.
    const collectionsOf = termIds.length ? await linkedIds(manager, TERM_COLLECTION_MEMBERS, termIds) : new Map<string, string[]>();
    const memberships = [...collectionsOf].flatMap(([termId, collectionIds]) => collectionIds.map((collectionId) => ({ termId, collectionId })));
    const definitions = await manager.find(DefinitionEntity, { where: { termId: In(termIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const annotations = options.withAnnotations
      ? await manager.find(AnnotationEntity, { where: { definitionId: In(definitions.map((definition) => definition.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const organizationIds = [...new Set(definitions.map((definition) => definition.organizationId).filter((id): id is string => !!id))];
    const peopleIds = [...new Set([...definitions.map((definition) => definition.authorId), ...annotations.map((annotation) => annotation.authorId)])];
    return {
      terms,
      relations,
      relatedTerms: await manager.find(TermEntity, { where: { id: In(relatedIds) } }),
      collections: await manager.find(TermCollectionEntity, { where: { id: In(memberships.map((row) => row.collectionId)) }, order: { label: 'ASC' } }),
      memberships,
      definitions,
      organizations: await manager.find(OrganizationEntity, { where: { id: In(organizationIds) }, select: { id: true, slug: true, name: true } }),
      // Only what is public of a person: the name.
      people: await manager.find(UserEntity, { where: { id: In(peopleIds) }, select: { id: true, name: true } }),
      annotations,
    };
  }
}
