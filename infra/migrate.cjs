#!/usr/bin/env node
'use strict';
/*
 * One-shot migration step for deployments with several processes (compose service `migrate`,
 * Kubernetes init container). Applies the pending TypeORM migrations of the built app while
 * holding a PostgreSQL advisory lock, so processes that start at the same moment migrate one
 * after another: TypeORM itself takes no lock, and the app's own migration run at start is not
 * safe when several replicas start together on a database that still needs migrations.
 * After this step the app's own run at start finds nothing to do.
 *
 * Run from the image's working directory (/app) or the repository root after `npm run build`:
 *   DATABASE_URL=postgres://… node infra/migrate.cjs
 * Exit code 0: the schema is current. Without DATABASE_URL (embedded PGlite, one process) it
 * does nothing: the app migrates its own embedded database at start.
 */
const path = require('node:path');

const LOCK_NAME = 'werkkennis:migrations';
const WAIT_LOG_EVERY_MS = 10_000;

const log = (message) => console.log(`migrate: ${message}`);

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log('DATABASE_URL ontbreekt; de ingebedde database migreert bij de start van de app zelf.');
    return;
  }
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  // The app's own data source options: the same migrations, naming strategy and driver.
  const { buildDataSourceOptions } = require(path.join(process.cwd(), 'dist', 'libs', 'persistence', 'src', 'index.js'));
  const options = buildDataSourceOptions({ databaseUrl, dataDir: 'memory' }, []);
  // Two connections: one holds the lock, one runs the migrations.
  const dataSource = new DataSource({ ...options, migrationsRun: false, extra: { ...options.extra, max: 2 } });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    const started = Date.now();
    let lastLog = 0;
    for (;;) {
      const [row] = await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK_NAME]);
      if (row.locked) break;
      if (Date.now() - lastLog >= WAIT_LOG_EVERY_MS) {
        log(`een ander proces migreert; wachten (${Math.round((Date.now() - started) / 1000)} s)…`);
        lastLog = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    try {
      const applied = await dataSource.runMigrations();
      log(applied.length ? `toegepast: ${applied.map((migration) => migration.name).join(', ')}` : 'schema is al actueel, niets te doen');
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`migrate: mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
