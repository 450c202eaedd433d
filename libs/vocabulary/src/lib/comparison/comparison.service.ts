import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { groupedBy } from '@werkkennis/persistence';
import { DataSource } from 'typeorm';
import { DefinitionEntity } from '../definitions/definition.entity';
import { TermEntity } from '../terms/term.entity';
import { compareDefinitions } from './compare-definitions';

export interface ContestedTerm {
  term: TermEntity;
  definitions: DefinitionEntity[];
  divergence: number;
}

/** Ranks terms by how far their perspectives' definitions diverge. */
@Injectable()
export class ComparisonService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Terms with definitions from two or more perspectives, the most divergent first; computed from all definitions (two statements). */
  async mostContested(first: number): Promise<ContestedTerm[]> {
    const terms = await this.dataSource.getRepository(TermEntity).find();
    const definitions = await this.dataSource.getRepository(DefinitionEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const definitionsOf = groupedBy(
      terms.map((term) => term.id),
      definitions,
      (definition) => definition.termId,
    );
    return terms
      .map((term, index) => ({ term, definitions: definitionsOf[index], divergence: compareDefinitions(term.label, definitionsOf[index]).divergence }))
      .filter((ranked): ranked is ContestedTerm => ranked.divergence !== null)
      .sort((a, b) => b.divergence - a.divergence || a.term.label.localeCompare(b.term.label, 'nl'))
      .slice(0, first);
  }
}
