/**
 * The SearchEngine port on Meilisearch: one index holds every content type.
 */
import { DomainError, message } from '@werkkennis/kernel';
import { CompoundLexicon } from './dutch-compounds';
import { HIT_FORMAT, hasMatch, renderHighlight } from './highlight';
import { type IndexedDocument, learnWords, toIndexedDocument } from './index-document';
import { INDEX_SETTINGS, toSynonymMap } from './index-settings';
import {
  type EnqueuedTaskPromise,
  type Index,
  type Meilisearch,
  type SearchParams,
  createMeilisearchClient,
} from './meilisearch-client';
import { toMeilisearchFilter } from './search-filter';
import { meilisearchErrorCode, taskFailure, toSearchEngineError } from './search-engine-error';
import type {
  FacetCount,
  FacetName,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
  SynonymGroups,
} from './search.port';

export const DEFAULT_INDEX_NAME = 'werkkennis';
/**
 * Batches a rebuild hands to Meilisearch before it waits for the oldest. Meilisearch merges the
 * queued ones into one indexing run, so more in flight means fewer, larger runs: 100k documents
 * took 33–37 s with 4, 25–30 s with 8 and 23–27 s with 16 (npm run bench:search, two cores).
 */
const BATCHES_IN_FLIGHT = 8;
const LISTING_PAGE_SIZE = 1_000;

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  indexName?: string;
  /**
   * Resolve writes (upsert, remove) only once Meilisearch has applied them, so a search right
   * after sees them (default). With false they resolve as soon as they are enqueued.
   * Settings, synonyms and rebuilds always wait.
   */
  waitForWrites?: boolean;
  requestTimeoutMs?: number;
  /** How long to wait for one Meilisearch task (default 60 s). */
  taskTimeoutMs?: number;
}

type FormattedHit = Pick<IndexedDocument, 'id' | 'type' | 'slug' | 'title' | 'evidenceLevel'> & {
  _formatted?: Partial<Record<'title' | 'text', string>>;
};

export class MeilisearchEngine implements SearchEngine {
  readonly indexName: string;
  private readonly lexicon = new CompoundLexicon();
  private client?: Promise<Meilisearch>;
  private liveIndex?: Promise<Index<IndexedDocument>>;
  /** The index replaceAll is filling; writes go there too, so the swap loses none of them. */
  private rebuildIndex?: Index<IndexedDocument>;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.indexName = options.indexName ?? DEFAULT_INDEX_NAME;
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.guard(async () => {
      if (!documents.length) return;
      learnWords(documents, this.lexicon);
      const indexed = documents.map((document) => toIndexedDocument(document, this.lexicon));
      await this.write((index) => index.addDocuments(indexed, { primaryKey: 'id' }), this.waitsForWrites);
    });
  }

  remove(ids: string[]): Promise<void> {
    return this.guard(async () => {
      if (!ids.length) return;
      await this.write((index) => index.deleteDocuments(ids), this.waitsForWrites);
    });
  }

  setSynonyms(groups: SynonymGroups): Promise<void> {
    return this.guard(async () => {
      // Vocabulary labels are good compound parts too (`begeleiding` in loopbaanbegeleiding).
      for (const group of groups) this.lexicon.learnFrom(group.join('\n'));
      const synonyms = toSynonymMap(groups);
      await this.write((index) => index.updateSynonyms(synonyms), true);
    });
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.guard(async () => {
      const facets = query.facets ?? [];
      const { page, hitsPerPage, skip } = pageFor(query.offset, query.limit);
      const params = {
        filter: toMeilisearchFilter(query),
        facets,
        page,
        hitsPerPage,
        ...HIT_FORMAT,
      } satisfies SearchParams;
      const index = await this.index();
      const response = await index.search<FormattedHit, typeof params>(query.query.trim(), params);
      return {
        total: response.totalHits,
        tookMs: response.processingTimeMs,
        hits: response.hits.slice(skip).map(toSearchHit),
        facets: toFacetCounts(facets, response.facetDistribution),
      };
    });
  }

  replaceAll(
    batches: AsyncIterable<SearchDocument[]> | SearchDocument[][],
    onProgress?: (indexed: number) => void,
  ): Promise<void> {
    return this.guard(async () => {
      if (this.rebuildIndex) throw new Error('Er loopt al een herindexering; wacht tot die klaar is.');
      const client = await this.meilisearch();
      const live = await this.index();
      const rebuildName = `${this.indexName}_tmp_${Date.now()}`;
      const rebuild = await this.prepareIndex(rebuildName, await live.getSynonyms());
      this.rebuildIndex = rebuild;
      try {
        let indexed = 0;
        // Meilisearch indexes while this process splits the compounds of the next batches, and
        // merges the batches that queue up into one indexing run (autobatching).
        const inFlight: Promise<number>[] = [];
        const confirmOldest = async () => {
          indexed += await inFlight.shift()!;
          onProgress?.(indexed);
        };
        for await (const batch of batches) {
          if (!batch.length) continue;
          learnWords(batch, this.lexicon);
          const documents = batch.map((document) => toIndexedDocument(document, this.lexicon));
          const confirmed = settle(rebuild.addDocuments(documents, { primaryKey: 'id' })).then(() => batch.length);
          // Handled when its turn comes; until then a failure must not count as unhandled.
          confirmed.catch(() => undefined);
          inFlight.push(confirmed);
          if (inFlight.length >= BATCHES_IN_FLIGHT) await confirmOldest();
        }
        while (inFlight.length) await confirmOldest();
        // Swapping is atomic: searches see the old index until the new one is complete.
        await settle(client.swapIndexes([{ indexes: [this.indexName, rebuildName], rename: false }]));
      } catch (error) {
        await client.deleteIndex(rebuildName).catch(() => undefined);
        throw error;
      } finally {
        this.rebuildIndex = undefined;
      }
      // After the swap the rebuild's name holds the old documents.
      await settle(client.deleteIndex(rebuildName));
    });
  }

  listFingerprints(): Promise<Map<string, string>> {
    return this.guard(async () => {
      const index = await this.index();
      const fingerprints = new Map<string, string>();
      for (let offset = 0; ; offset += LISTING_PAGE_SIZE) {
        const { results } = await index.getDocuments<IndexedDocument>({ fields: ['id', 'fingerprint'], limit: LISTING_PAGE_SIZE, offset });
        for (const document of results) fingerprints.set(document.id, document.fingerprint ?? '');
        if (results.length < LISTING_PAGE_SIZE) return fingerprints;
      }
    });
  }

  /** True when the index answers with our key, not merely when the server is up. */
  async isHealthy(): Promise<boolean> {
    try {
      await (await this.index()).getRawInfo();
      return true;
    } catch {
      return false;
    }
  }

  private get waitsForWrites(): boolean {
    return this.options.waitForWrites ?? true;
  }

  private async write(
    operation: (index: Index<IndexedDocument>) => EnqueuedTaskPromise,
    waitUntilApplied: boolean,
  ): Promise<void> {
    const targets = [await this.index(), ...(this.rebuildIndex ? [this.rebuildIndex] : [])];
    await Promise.all(
      targets.map((index) => (waitUntilApplied ? settle(operation(index)) : operation(index))),
    );
  }

  private meilisearch(): Promise<Meilisearch> {
    this.client ??= createMeilisearchClient({
      host: this.options.host,
      apiKey: this.options.apiKey,
      requestTimeoutMs: this.options.requestTimeoutMs,
      taskTimeoutMs: this.options.taskTimeoutMs ?? 60_000,
    });
    return this.client;
  }

  /** The live index, created and configured on first use; retried on the next call if that failed. */
  private index(): Promise<Index<IndexedDocument>> {
    this.liveIndex ??= this.prepareIndex(this.indexName).catch((error: unknown) => {
      this.liveIndex = undefined;
      throw error;
    });
    return this.liveIndex;
  }

  private async prepareIndex(name: string, synonyms?: Record<string, string[]>): Promise<Index<IndexedDocument>> {
    const client = await this.meilisearch();
    const index = client.index<IndexedDocument>(name);
    try {
      await index.getRawInfo();
    } catch (error) {
      if (meilisearchErrorCode(error) !== 'index_not_found') throw error;
      await settle(client.createIndex(name, { primaryKey: 'id' }));
    }
    await settle(index.updateSettings(synonyms ? { ...INDEX_SETTINGS, synonyms } : INDEX_SETTINGS));
    return index;
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toSearchEngineError(error, this.options.host);
    }
  }
}

/** Waits for an enqueued task and fails when Meilisearch could not apply it. */
async function settle(enqueued: EnqueuedTaskPromise): Promise<void> {
  const task = await enqueued.waitTask();
  if (task.status !== 'succeeded') throw taskFailure(task);
}

/**
 * Page mode, because only it counts totals exactly (`totalHits`; offset mode estimates).
 * An offset between page boundaries is served from page 1 and skipped client-side.
 */
function pageFor(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (!Number.isInteger(offset) || !Number.isInteger(limit) || offset < 0 || limit < 0) {
    throw DomainError.invalidInput({ limit: [message('validation.limitOffset')] });
  }
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 };
  return { page: 1, hitsPerPage: offset + limit, skip: offset };
}

/** The excerpt of `text` when the match is there, else the title when that matched, else the start of the text. */
function toSearchHit(hit: FormattedHit): SearchHit {
  const text = hit._formatted?.text ?? '';
  const title = hit._formatted?.title ?? hit.title;
  const excerpt = hasMatch(text) || !hasMatch(title) ? text || title : title;
  return { type: hit.type, id: hit.id, slug: hit.slug, title: hit.title, highlight: renderHighlight(excerpt), evidenceLevel: hit.evidenceLevel?.[0] ?? null };
}

function toFacetCounts(names: FacetName[], distribution: Record<string, Record<string, number>> | undefined): FacetCount[] {
  return names.map((name) => ({
    name,
    values: Object.entries(distribution?.[name] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl')),
  }));
}
