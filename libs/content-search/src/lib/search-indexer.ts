import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ContentChanges, OutboxProcessor, type OutboxSubject } from '@werkkennis/persistence';
import { Metrics } from '@werkkennis/observability';
import { SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';
import { SearchProjector } from './search-projector';

export const INDEXER_OPTIONS = Symbol('INDEXER_OPTIONS');
/** Applied outbox rows stay this long, for investigating what reached the index when. */
const KEEP_APPLIED_DAYS = 7;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface IndexerOptions {
  /** Run the outbox worker in this process (off for one-shot commands). */
  runWorker: boolean;
  /** How often an idle worker looks for new outbox rows. */
  pollIntervalMs: number;
}

/**
 * Applies the outbox to the search index: looks for due rows as soon as a write commits (in any
 * process) and otherwise polls, projects them from the database and writes the result. Also
 * rebuilds the whole index on demand.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Zoekindex');
  private timer: NodeJS.Timeout | null = null;
  /** Drains take turns, so an explicit drain also waits for the worker's batch in flight. */
  private turn: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private lastPrune = 0;
  /** Whether the worker sleeps until its next poll (not while it drains). */
  private sleeping = false;
  private stopListening: (() => void) | null = null;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(INDEXER_OPTIONS) private readonly options: IndexerOptions,
    private readonly outbox: OutboxProcessor,
    private readonly projector: SearchProjector,
    private readonly metrics: Metrics,
    private readonly contentChanges: ContentChanges,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.runWorker) return;
    // A published change should be findable within a few hundred milliseconds, not a poll later.
    this.stopListening = this.contentChanges.onChange(() => this.wake());
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
    await this.turn;
  }

  /** Applies every due outbox row now; returns how many rows were handled. */
  drain(): Promise<number> {
    const result = this.turn.then(async () => {
      let total = 0;
      for (let handled = -1; handled !== 0; total += handled) {
        handled = await this.outbox.processBatch((subjects) => this.apply(subjects));
        this.metrics.outboxApplied.inc(handled);
      }
      return total;
    });
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Rebuilds the index from the database into a fresh index, then swaps it in. */
  async rebuild(onProgress?: (indexed: number) => void): Promise<void> {
    await this.engine.setSynonyms(await this.projector.synonymGroups());
    await this.engine.replaceAll(this.projector.allDocuments(), onProgress);
  }

  /**
   * At start: an empty index over a filled database gets built once, and so does an index that
   * an older version built without fingerprints (search:check could not compare it). The
   * rebuild swaps in a fresh index, so searches keep working meanwhile.
   */
  async rebuildWhenNeeded(): Promise<boolean> {
    try {
      const fingerprints = await this.engine.listFingerprints();
      const olderVersion = [...fingerprints.values()].some((fingerprint) => !fingerprint);
      if (fingerprints.size > 0 && !olderVersion) return false;
      this.logger.log(olderVersion ? 'Zoekindex komt van een oudere versie: opnieuw opbouwen uit de database…' : 'Zoekindex is leeg: opbouwen uit de database…');
      await this.rebuild();
      return true;
    } catch (error) {
      // Several processes starting at once race to build it; one wins, the others carry on.
      this.logger.warn(`Zoekindex niet opgebouwd bij de start (${(error as Error).message}); herstel zo nodig met \`npm run reindex\`.`);
      return false;
    }
  }

  private async apply(subjects: OutboxSubject[]): Promise<void> {
    const changes = await this.projector.changesFor(subjects);
    if (changes.upserts.length) await this.engine.upsert(changes.upserts);
    if (changes.removals.length) await this.engine.remove(changes.removals);
    if (subjects.some((subject) => subject.type === 'TERM')) {
      await this.engine.setSynonyms(await this.projector.synonymGroups());
    }
  }

  private async pruneHourly(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const pruned = await this.outbox.prune(KEEP_APPLIED_DAYS);
    if (pruned) this.logger.log(`${pruned} verwerkte outbox-regels van meer dan ${KEEP_APPLIED_DAYS} dagen oud opgeruimd`);
  }

  /** Ends the worker's sleep now; a drain in progress picks up new rows in its next batch anyway. */
  private wake(): void {
    if (!this.sleeping || !this.timer) return;
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.sleeping = true;
    this.timer = setTimeout(() => {
      this.sleeping = false;
      this.drain()
        .then(() => this.pruneHourly())
        .catch((error: Error) => this.logger.warn(`Outbox verwerken mislukt: ${error.message}`))
        .then(() => this.schedule(this.options.pollIntervalMs));
    }, delayMs);
  }
}
