import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CursorPosition, decodeCursor, encodeCursor, type Page } from '@werkkennis/kernel';
import { groupedBy } from '@werkkennis/persistence';
import { DataSource } from 'typeorm';
import { DefinitionEntity } from '../definitions/definition.entity';
import { TermEntity } from '../terms/term.entity';
import { type Background, buildBackground, compareDefinitions } from './compare-definitions';

export interface RankedTerm {
  term: TermEntity;
  definitions: DefinitionEntity[];
  /** Null while the term has definitions from fewer than two perspectives. */
  divergence: number | null;
}

export type ContestedTerm = RankedTerm & { divergence: number };

type Rankable = { divergence: number | null; term: Pick<TermEntity, 'label' | 'id'> };

/** Most divergent first; terms that cannot be compared yet last; equal ones on their label. */
export function byDivergence(a: Rankable, b: Rankable): number {
  if (a.divergence !== b.divergence) {
    if (a.divergence === null) return 1;
    if (b.divergence === null) return -1;
    return b.divergence - a.divergence;
  }
  return a.term.label.localeCompare(b.term.label, 'nl') || a.term.id.localeCompare(b.term.id);
}

/** Ranks terms by how far their perspectives' definitions diverge. */
@Injectable()
export class ComparisonService {
  /** The background changes only with the definitions and labels; kept until they change. */
  private cached: { stamp: string; background: Background } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every term, the most divergent first; computed from all definitions (two statements). */
  async ranking(): Promise<RankedTerm[]> {
    const terms = await this.dataSource.getRepository(TermEntity).find();
    const definitions = await this.dataSource.getRepository(DefinitionEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const definitionsOf = groupedBy(
      terms.map((term) => term.id),
      definitions,
      (definition) => definition.termId,
    );
    const background = await this.background();
    return terms
      .map((term, index) => ({ term, definitions: definitionsOf[index], divergence: compareDefinitions(term.label, definitionsOf[index], background).divergence }))
      .sort(byDivergence);
  }

  /** What every term's comparison is measured against; one statement while the vocabulary is unchanged. */
  async background(): Promise<Background> {
    const [{ stamp }]: { stamp: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM definition) || '|' || (SELECT coalesce(max(updated_at)::text, '') FROM term) AS stamp`,
    );
    if (this.cached?.stamp !== stamp) {
      const corpus: { id: string; termId: string; termLabel: string; perspective: DefinitionEntity['perspective']; text: string }[] = await this.dataSource.query(
        `SELECT definition.id, definition.term_id AS "termId", term.label AS "termLabel", definition.perspective, definition.text
           FROM definition JOIN term ON term.id = definition.term_id`,
      );
      this.cached = { stamp, background: buildBackground(corpus) };
    }
    return this.cached.background;
  }

  /** Terms with definitions from two or more perspectives, the most divergent first. */
  async mostContested(first: number): Promise<ContestedTerm[]> {
    return (await this.ranking()).filter((ranked): ranked is ContestedTerm => ranked.divergence !== null).slice(0, first);
  }

  /**
   * One page of the ranking. The ranking is computed, not stored, so the cursor names the last
   * term seen; should that term be gone, the page resumes after its divergence.
   */
  async rankingPage(first: number, after?: string): Promise<Page<RankedTerm>> {
    const ranking = await this.ranking();
    const start = after ? positionAfter(ranking, decodeCursor(after)) : 0;
    const items = ranking.slice(start, start + first);
    const cursorOf = (ranked: RankedTerm) => encodeCursor({ value: ranked.divergence, id: ranked.term.id });
    return {
      items,
      totalCount: async () => ranking.length,
      hasNextPage: start + first < ranking.length,
      endCursor: items.length ? cursorOf(items[items.length - 1]) : null,
      cursorOf,
    };
  }
}

function positionAfter(ranking: RankedTerm[], cursor: CursorPosition): number {
  const seen = ranking.findIndex((ranked) => ranked.term.id === cursor.id);
  if (seen !== -1) return seen + 1;
  const divergence = typeof cursor.value === 'number' ? cursor.value : null;
  const next = ranking.findIndex((ranked) => divergence !== null && (ranked.divergence === null || ranked.divergence < divergence));
  return next === -1 ? ranking.length : next;
}
