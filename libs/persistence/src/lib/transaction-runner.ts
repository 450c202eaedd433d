import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs a unit of work in one transaction: all of it is written, or none of it.
 * The embedded database has a single connection, so its transactions take turns; on a
 * PostgreSQL server each transaction gets its own pooled connection.
 */
@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialize = !(this.dataSource.options as { url?: string }).url;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
