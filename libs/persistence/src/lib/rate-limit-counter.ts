import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';

/** One key's hits in its current fixed window. */
@Entity('rate_limit_window')
export class RateLimitWindowEntity {
  /** SHA-256 of the limited key (which holds addresses and e-mail addresses). */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;
}

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Until the window ends. */
  msLeft: number;
}

/** Windows that ended this long ago are deleted now and then. */
const PRUNE_EVERY_HITS = 1_000;

/**
 * Counts hits per key in fixed windows in the database, so that every API process on the
 * same PostgreSQL shares one limit (in-process counters would allow the limit once per
 * process). One statement per hit: the upsert is atomic under concurrency.
 */
@Injectable()
export class RateLimitCounter {
  private hitsSincePrune = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    if ((this.hitsSincePrune += 1) >= PRUNE_EVERY_HITS) {
      this.hitsSincePrune = 0;
      await this.prune();
    }
    const [row]: Array<{ hits: number; ms_left: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_window AS w (key, hits, ends_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.ends_at <= now() THEN 1 ELSE w.hits + 1 END,
         ends_at = CASE WHEN w.ends_at <= now() THEN excluded.ends_at ELSE w.ends_at END
       RETURNING hits, (extract(epoch FROM ends_at - now()) * 1000)::int AS ms_left`,
      // Keys name addresses and e-mail addresses: only their hash is stored.
      [createHash('sha256').update(key).digest('base64url'), windowMs],
    );
    return { hits: row.hits, msLeft: Math.max(0, row.ms_left) };
  }

  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_window WHERE ends_at < now() - interval '1 hour'`);
  }
}
