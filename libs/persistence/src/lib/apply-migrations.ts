import type { DataSource, QueryRunner } from 'typeorm';

/** One lock name for every process of every version: migrations never run side by side. */
const MIGRATION_LOCK = 'werkkennis:migrations';
const WAIT_REPORT_EVERY_MS = 10_000;
const RETRY_EVERY_MS = 500;

/**
 * Applies the pending migrations while holding a PostgreSQL advisory lock. TypeORM takes no
 * lock of its own, so replicas that start together on a database that still needs migrations
 * would otherwise run the same migration twice and fail; with the lock the first one migrates
 * and the others find nothing left to do. The embedded database has a single process and a
 * single connection, so it needs no lock.
 */
export async function applyMigrations(dataSource: DataSource, report: (message: string) => void): Promise<string[]> {
  if (!isServerDatabase(dataSource)) return names(await dataSource.runMigrations());
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await waitForLock(lockHolder, report);
    try {
      return names(await dataSource.runMigrations());
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    }
  } finally {
    await lockHolder.release();
  }
}

function isServerDatabase(dataSource: DataSource): boolean {
  return 'url' in dataSource.options && !!dataSource.options.url;
}

async function waitForLock(lockHolder: QueryRunner, report: (message: string) => void) {
  const started = Date.now();
  let reported = started;
  for (;;) {
    const [row]: Array<{ locked: boolean }> = await lockHolder.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [MIGRATION_LOCK]);
    if (row.locked) return;
    if (Date.now() - reported >= WAIT_REPORT_EVERY_MS) {
      report(`een ander proces voert migraties uit; wachten (${Math.round((Date.now() - started) / 1000)} s)…`);
      reported = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}

const names = (migrations: Array<{ name: string }>) => migrations.map((migration) => migration.name);
