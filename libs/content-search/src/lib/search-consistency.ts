import { Inject, Injectable } from '@nestjs/common';
import { documentFingerprint, SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';
import { SearchProjector } from './search-projector';

export interface DocumentSummary {
  id: string;
  type: string;
  title: string;
}

export interface IndexDifference {
  /** Published in the database, absent from the index. */
  missing: DocumentSummary[];
  /** In the index, but not (or no longer) published. */
  extra: string[];
  /** In both, but the index holds an older text, title, keywords or facets. */
  outdated: DocumentSummary[];
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
    const indexed = await this.engine.listFingerprints();
    const expectedIds = new Set<string>();
    const missing: DocumentSummary[] = [];
    const outdated: DocumentSummary[] = [];
    for await (const batch of this.projector.allDocuments()) {
      for (const document of batch) {
        expectedIds.add(document.id);
        const summary = { id: document.id, type: document.type, title: document.title };
        const fingerprint = indexed.get(document.id);
        if (fingerprint === undefined) missing.push(summary);
        else if (fingerprint !== documentFingerprint(document)) outdated.push(summary);
      }
    }
    return {
      missing,
      extra: [...indexed.keys()].filter((id) => !expectedIds.has(id)),
      outdated,
      databaseCount: expectedIds.size,
      indexCount: indexed.size,
    };
  }
}
