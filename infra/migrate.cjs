#!/usr/bin/env node
'use strict';
/*
 * One-shot migration step for deployments with several processes (compose service `migrate`,
 * Kubernetes init container). Applies the pending TypeORM migrations of the built app while
 * holding a PostgreSQL advisory lock, so processes that start at the same moment migrate one
 * after another. The app takes the same lock when it migrates at start; this separate step
 * keeps a long migration out of the API pods' start-up and readiness window.
 *
 * Run from the image's working directory (/app) or the repository root after `npm run build`:
 *   DATABASE_URL=postgres://… node infra/migrate.cjs
 * Exit code 0: the schema is current. Without DATABASE_URL (embedded PGlite, one process) it
 * does nothing: the app migrates its own embedded database at start.
 */
const path = require('node:path');

const log = (message) => console.log(`migrate: ${message}`);

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log('DATABASE_URL ontbreekt; de ingebedde database migreert bij de start van de app zelf.');
    return;
  }
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  // The app's own data source options and migration step (the same lock the app takes at start).
  const { applyMigrations, buildDataSourceOptions } = require(path.join(process.cwd(), 'dist', 'libs', 'persistence', 'src', 'index.js'));
  const options = buildDataSourceOptions({ databaseUrl, dataDir: 'memory' }, []);
  // Two connections: one holds the lock, one runs the migrations.
  const dataSource = new DataSource({ ...options, extra: { ...options.extra, max: 2 } });
  await dataSource.initialize();
  try {
    const applied = await applyMigrations(dataSource, log);
    log(applied.length ? `toegepast: ${applied.join(', ')}` : 'schema is al actueel, niets te doen');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`migrate: mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
