import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxEntity } from './outbox.entity';
import { TransactionRunner } from './transaction-runner';

export type OutboxSubjectType = 'PROJECT' | 'INTERVENTION' | 'FINDING' | 'TERM';

export interface OutboxSubject {
  type: OutboxSubjectType;
  id: string;
}

/** Call inside the write's own transaction. */
export async function enqueueOutbox(manager: EntityManager, ...subjects: OutboxSubject[]): Promise<void> {
  if (!subjects.length) return;
  await manager.insert(
    OutboxEntity,
    subjects.map((subject) => ({ subjectType: subject.type, subjectId: subject.id })),
  );
}

const MAX_BACKOFF_SECONDS = 300;
/**
 * A claimed batch is someone else's for this long. Kept short so the rows of a worker that died
 * are taken over within seconds; a batch in flight renews it every heartbeat, so a slow engine
 * call keeps its rows; only renewals missing for the whole lease (a stalled process or
 * database) let another worker take them.
 */
export const OUTBOX_LEASE_SECONDS = 3;
const HEARTBEAT_MS = 1_000;
/** Advisory lock key for outbox claims (any constant unique within the database). */
const OUTBOX_CLAIM_LOCK = 74_110_001;

/**
 * Claims due outbox rows in batches and hands them to a handler. The claim is a short
 * transaction with FOR UPDATE SKIP LOCKED that leases the rows (pushes `available_at` ahead),
 * so several workers never take the same row and no transaction stays open while the search
 * engine is called. A failed batch backs off exponentially and is never dropped; a worker
 * that dies stops renewing its lease, and another worker takes the rows when it runs out.
 */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger('Outbox');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Processes one batch; returns how many rows it applied (0 when nothing was due or the batch failed). */
  async processBatch(handle: (subjects: OutboxSubject[]) => Promise<void>, batchSize = 100): Promise<number> {
    const rows = await this.claim(batchSize);
    if (!rows.length) return 0;
    const ids = rows.map((row) => row.id);
    const unique = new Map(rows.map((row) => [`${row.subject_type}:${row.subject_id}`, { type: row.subject_type, id: row.subject_id }]));
    try {
      await this.renewingLease(ids, () => handle([...unique.values()]));
      await this.dataSource.query('UPDATE outbox SET processed_at = now(), last_error = NULL WHERE id = ANY($1)', [ids]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
      const delay = Math.min(2 ** attempts, MAX_BACKOFF_SECONDS);
      await this.dataSource.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2, available_at = now() + make_interval(secs => $3)
          WHERE id = ANY($1)`,
        [ids, message.slice(0, 2000), delay],
      );
      this.logger.warn(`Indexeren mislukt (poging ${attempts}), opnieuw over ${delay} s: ${message}`);
      return 0;
    }
    return rows.length;
  }

  /**
   * Leases due rows for this worker. On its own (without processBatch applying and renewing
   * them) a claim is what a worker that dies mid-batch leaves behind: rows that return to
   * the queue when the lease runs out.
   */
  claim(batchSize: number): Promise<{ id: string; subject_type: OutboxSubjectType; subject_id: string; attempts: number }[]> {
    return this.transactions.run(async (manager) => {
      // Claims take turns across workers, and a subject whose earlier change is still leased
      // (in flight, or waiting for a retry) is not claimed again: otherwise a slow worker could
      // write an older state of the record after a faster one wrote the newer state.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_CLAIM_LOCK]);
      // The CTE makes the UPDATE … RETURNING answer as rows, the same on PGlite and PostgreSQL.
      return manager.query(
        `WITH claimed AS (
           UPDATE outbox SET available_at = now() + make_interval(secs => $2)
            WHERE id IN (SELECT id FROM outbox candidate
                          WHERE processed_at IS NULL AND available_at <= now()
                            AND NOT EXISTS (SELECT 1 FROM outbox leased
                                             WHERE leased.subject_id = candidate.subject_id
                                               AND leased.processed_at IS NULL AND leased.available_at > now())
                          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, subject_type, subject_id, attempts)
         SELECT * FROM claimed ORDER BY id`,
        [batchSize, OUTBOX_LEASE_SECONDS],
      );
    });
  }

  /** Runs the work while renewing the lease of its rows; one renewal at a time, all done when the work is. */
  private async renewingLease(ids: string[], work: () => Promise<void>): Promise<void> {
    let renewal: Promise<unknown> = Promise.resolve();
    const heartbeat = setInterval(() => {
      renewal = renewal
        .then(() =>
          this.dataSource.query('UPDATE outbox SET available_at = now() + make_interval(secs => $2) WHERE id = ANY($1) AND processed_at IS NULL', [
            ids,
            OUTBOX_LEASE_SECONDS,
          ]),
        )
        .catch((error: Error) => this.logger.warn(`Lease van de outbox-batch niet verlengd: ${error.message}`));
    }, HEARTBEAT_MS);
    try {
      await work();
    } finally {
      clearInterval(heartbeat);
      // A renewal that lands after the backoff below would cut the retry delay short.
      await renewal;
    }
  }

  /** Deletes applied rows older than the given number of days (kept that long to investigate); returns how many. */
  async prune(keepDays: number): Promise<number> {
    const deleted: unknown[] = await this.dataSource.query(
      `WITH deleted AS (DELETE FROM outbox WHERE processed_at < now() - make_interval(days => $1) RETURNING id) SELECT id FROM deleted`,
      [keepDays],
    );
    return deleted.length;
  }

  /** Rows not yet applied, and the age of the oldest one in seconds (for health and metrics). */
  async lag(): Promise<{ pending: number; oldestSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS oldest
         FROM outbox WHERE processed_at IS NULL`,
    );
    return { pending: row.pending, oldestSeconds: row.oldest };
  }
}
