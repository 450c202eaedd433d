import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSourceOptions, Logger } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { MIGRATIONS } from './migrations';
import { AuditEntryEntity } from './audit.entity';
import { OutboxEntity } from './outbox.entity';
import { RateLimitWindowEntity } from './rate-limit-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseSettings {
  /** postgres://… for a PostgreSQL server; absent for the embedded PGlite database. */
  databaseUrl?: string;
  /** Folder for embedded data; `memory` keeps the embedded database in memory (tests). */
  dataDir: string | 'memory';
  logger?: Logger;
}

export type DatabaseMode = 'postgres' | 'embedded';

export function databaseMode(settings: DatabaseSettings): DatabaseMode {
  return settings.databaseUrl ? 'postgres' : 'embedded';
}

/**
 * The same PostgreSQL dialect and the same migrations in both modes; only the driver
 * differs. Migrations run at start; `synchronize` is never used.
 */
export function buildDataSourceOptions(settings: DatabaseSettings, entities: Function[]): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: [...entities, OutboxEntity, AuditEntryEntity, RateLimitWindowEntity],
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed (PGlite has none).
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logger: settings.logger,
    logging: settings.logger ? ('all' as const) : false,
  };
  if (settings.databaseUrl) {
    // A server that stops answering (a dropped network) must not hold requests for ever: a new
    // connection that is not ready within 5 s fails, and the request is answered 503.
    return { ...common, url: settings.databaseUrl, extra: { max: 10, connectionTimeoutMillis: 5_000 } };
  }
  const dataDir = settings.dataDir === 'memory' ? undefined : join(settings.dataDir, 'pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return { ...common, driver: new PGliteDriver(dataDir ? { dataDir } : {}).driver };
}
