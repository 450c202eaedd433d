import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DefinitionEntity, DefinitionRelationEntity, DefinitionVersionEntity } from '../definitions/definition.entity';
import type { TermEntity } from '../terms/term.entity';
import { ComparisonService } from './comparison.service';
import { termHistory, type TermHistoryPoint } from './term-history';

/** Reads what a term's history is made of (three statements) and builds it (see `termHistory`). */
@Injectable()
export class TermHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comparisons: ComparisonService,
  ) {}

  async history(term: TermEntity, moments: Date[]): Promise<TermHistoryPoint[]> {
    const definitions = await this.dataSource.getRepository(DefinitionEntity).find({ where: { termId: term.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const ids = definitions.map((definition) => definition.id);
    const versions = ids.length ? await this.dataSource.getRepository(DefinitionVersionEntity).find({ where: { definitionId: In(ids) }, order: { version: 'ASC' } }) : [];
    const relations = ids.length ? await this.dataSource.getRepository(DefinitionRelationEntity).findBy({ fromDefinitionId: In(ids) }) : [];
    return termHistory(
      term.label,
      definitions.map((definition) => ({ id: definition.id, perspective: definition.perspective, versions: versions.filter((version) => version.definitionId === definition.id) })),
      relations,
      moments,
      await this.comparisons.background(),
    );
  }
}
