import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts SQL statements, so tests and benchmarks can show that a nested list costs a
 * constant number of queries (DataLoader batching), not one per row.
 */
export class QueryCounter implements Logger {
  private count = 0;

  get total(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    // Failed statements surface as errors to the caller; nothing to add here.
    void error;
    void query;
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
