import { Inject, Injectable } from '@nestjs/common';
import { SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';
import { SearchProjector } from './search-projector';

export interface IndexDifference {
  /** Published in the database, absent from the index. */
  missing: { id: string; type: string; title: string }[];
  /** In the index, but not (or no longer) published. */
  extra: string[];
  databaseCount: number;
  indexCount: number;
}

/** Compares what the database says should be searchable with what the index holds. */
@Injectable()
export class SearchConsistency {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly projector: SearchProjector,
  ) {}

  async compare(): Promise<IndexDifference> {
    const expected = new Map<string, { id: string; type: string; title: string }>();
    for await (const batch of this.projector.allDocuments()) {
      for (const document of batch) expected.set(document.id, { id: document.id, type: document.type, title: document.title });
    }
    const indexed = new Set(await this.engine.listIds());
    return {
      missing: [...expected.values()].filter((document) => !indexed.has(document.id)),
      extra: [...indexed].filter((id) => !expected.has(id)),
      databaseCount: expected.size,
      indexCount: indexed.size,
    };
  }
}
