import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inOrderOf, unknownIds } from '@werkkennis/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AnnotationEntity } from './annotations/annotation.entity';
import { DefinitionEntity, DefinitionRelationEntity } from './definitions/definition.entity';
import { TermService } from './terms/term.service';
import { TermEntity } from './terms/term.entity';

/** What a term's vocabulary work can be: the records another domain may point to. */
export interface VocabularyWork {
  definitionIds: string[];
  relationIds: string[];
  annotationIds: string[];
}

/**
 * The vocabulary's port for other domains that refer to its records by id (session reports):
 * batch readers for their pages, and existence checks inside the caller's transaction.
 */
@Injectable()
export class VocabularyRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly terms: TermService,
  ) {}

  termBySlug(slug: string): Promise<TermEntity> {
    return this.terms.bySlug(slug);
  }

  termsByIds(ids: readonly string[]): Promise<(TermEntity | null)[]> {
    return this.terms.byIds(ids);
  }

  /** For DataLoader: the records in the order of the ids asked for; null for one that is gone. */
  async definitionsByIds(ids: readonly string[]): Promise<(DefinitionEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(DefinitionEntity).findBy({ id: In([...ids]) }));
  }

  async relationsByIds(ids: readonly string[]): Promise<(DefinitionRelationEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(DefinitionRelationEntity).findBy({ id: In([...ids]) }));
  }

  async annotationsByIds(ids: readonly string[]): Promise<(AnnotationEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(AnnotationEntity).findBy({ id: In([...ids]) }));
  }

  unknownTermIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    return unknownIds(manager, TermEntity, ids);
  }

  /** The ids among this work that name nothing, or a definition, relation or annotation of another term. */
  async workNotOfTerm(manager: EntityManager, termId: string, work: VocabularyWork): Promise<string[]> {
    const ofTerm = async (sql: string, ids: string[]): Promise<string[]> => {
      if (!ids.length) return [];
      const rows: { id: string }[] = await manager.query(sql, [ids, termId]);
      const found = new Set(rows.map((row) => row.id));
      return ids.filter((id) => !found.has(id));
    };
    return [
      ...(await ofTerm('SELECT id FROM definition WHERE id = ANY($1::uuid[]) AND term_id = $2', work.definitionIds)),
      ...(await ofTerm(
        'SELECT relation.id FROM definition_relation relation JOIN definition ON definition.id = relation.from_definition_id WHERE relation.id = ANY($1::uuid[]) AND definition.term_id = $2',
        work.relationIds,
      )),
      ...(await ofTerm(
        'SELECT annotation.id FROM annotation JOIN definition ON definition.id = annotation.definition_id WHERE annotation.id = ANY($1::uuid[]) AND definition.term_id = $2',
        work.annotationIds,
      )),
    ];
  }
}
